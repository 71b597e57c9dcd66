package vn.thidua.registration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Input of opening or editing a registration round. */
public record RegistrationRoundData(
        @NotBlank @Size(max = 255) String name,
        @NotBlank @Pattern(regexp = "\\d{4}-\\d{4}", message = "{registration.error.schoolYear}") String schoolYear,
        @NotNull LocalDate deadline,
        List<TargetData> targets,
        long version) {

    public RegistrationRoundData {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
