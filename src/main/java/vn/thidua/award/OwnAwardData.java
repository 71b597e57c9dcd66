package vn.thidua.award;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person (optionally linked to an account) or a collective of the active unit, for an award it decides. */
public record OwnAwardData(
        @NotBlank @Pattern(regexp = "INDIVIDUAL|COLLECTIVE") String subject,
        @NotBlank String awardCode,
        @NotBlank @Size(max = 200) String fullName,
        @Size(max = 200) String position,
        Long personUserId) {}
