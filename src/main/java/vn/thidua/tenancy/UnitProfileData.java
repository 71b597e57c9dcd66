package vn.thidua.tenancy;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Editable part of a unit's profile. */
public record UnitProfileData(
        @Size(max = 255) String address,
        @Pattern(regexp = "^$|^[0-9 .+()-]{6,20}$", message = "{tenancy.profile.phone.invalid}") String phone,
        @Email(message = "{tenancy.profile.email.invalid}") @Size(max = 120) String email,
        @Size(max = 120) String headName,
        @Pattern(regexp = "^$|^[\\p{L}0-9&-]{1,20}$", message = "{tenancy.profile.abbreviation.invalid}")
                String documentAbbreviation,
        long version) {}
