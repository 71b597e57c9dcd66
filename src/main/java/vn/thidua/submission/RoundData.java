package vn.thidua.submission;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * Input of opening or editing a round. {@code disclosureDays}: working days the proposed list must be published to the
 * subtree for comments before it is sent up (0 = no public disclosure).
 */
public record RoundData(
        @NotBlank @Size(max = 255) String name,
        @NotBlank @Pattern(regexp = "\\d{4}-\\d{4}", message = "{submission.round.error.schoolYear}") String schoolYear,
        @NotNull LocalDate deadline,
        @NotEmpty Set<String> allowedCodes,
        @Size(max = 2000) String description,
        @Min(0) @Max(30) int disclosureDays,
        long version) {

    /** A round without a public disclosure window. */
    public RoundData(
            String name,
            String schoolYear,
            LocalDate deadline,
            Set<String> allowedCodes,
            String description,
            long version) {
        this(name, schoolYear, deadline, allowedCodes, description, 0, version);
    }
}
