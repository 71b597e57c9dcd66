package vn.thidua.submission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/** Input of opening or editing a round. */
public record RoundData(
        @NotBlank @Size(max = 255) String name,
        @NotBlank @Pattern(regexp = "\\d{4}-\\d{4}", message = "{submission.round.error.schoolYear}") String schoolYear,
        @NotNull LocalDate deadline,
        @NotEmpty Set<String> allowedCodes,
        @Size(max = 2000) String description,
        long version) {}
