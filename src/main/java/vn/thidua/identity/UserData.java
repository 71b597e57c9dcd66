package vn.thidua.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * Input of the user form: account fields, the membership's position and roles. {@code password} is only used
 * when creating (or resetting) and may be blank when editing.
 */
public record UserData(
        @NotBlank(message = "{identity.user.username.required}")
                @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{2,79}$", message = "{identity.user.username.invalid}")
                String username,
        @NotBlank(message = "{identity.user.name.required}") @Size(max = 120) String displayName,
        @Email(message = "{identity.user.email.invalid}") @Size(max = 120) String email,
        @Pattern(regexp = "^$|^[0-9 .+()-]{6,20}$", message = "{identity.user.phone.invalid}") String phone,
        @Size(max = 120) String position,
        Set<Role> roles,
        String password) {}
