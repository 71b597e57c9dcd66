package vn.thidua.nomination;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Input of a nominee: the columns of the official list plus the achievement report and initiative. */
public record NomineeData(
        @NotBlank @Pattern(regexp = "INDIVIDUAL|COLLECTIVE") String subject,
        @NotBlank String awardCode,
        @NotBlank @Size(max = 200) String fullName,
        @Size(max = 200) String position,
        @Size(max = 255) String workUnit,
        @Min(0) @Max(60) Integer yearsOfService,
        @Size(max = 2000) String achievementSummary,
        @Size(max = 20) @Pattern(regexp = "^$|[0-9 +.()-]{6,20}", message = "{nomination.error.phone}") String phone,
        @Email @Size(max = 200) String email,
        Long personUserId,
        @Size(max = 20000) String reportText,
        @Size(max = 500) String initiativeText,
        long version) {}
