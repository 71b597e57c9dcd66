package vn.thidua.award;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Heading data of a decision (Decree-30 layout); {@code legalBases} one căn cứ per line. */
public record DecisionData(
        @NotBlank @Size(max = 255) String subject,
        @NotBlank @Pattern(regexp = "\\d{4}-\\d{4}", message = "{submission.round.error.schoolYear}") String schoolYear,
        @NotNull LocalDate decisionDate,
        @Size(max = 200) String authorityLine,
        @Pattern(regexp = "^$|KT\\.|TM\\.|TL\\.|Q\\.") String signerPrefix,
        @Size(max = 200) String signerTitle,
        @Size(max = 200) String signerName,
        @Size(max = 4000) String legalBases,
        @Size(max = 100) String place,
        long version) {}
