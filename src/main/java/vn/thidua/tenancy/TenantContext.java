package vn.thidua.tenancy;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the active unit of the current user from the security context kept in the user's session. */
public final class TenantContext {

    private TenantContext() {}

    public static Optional<TenantPrincipal> principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof TenantPrincipal p) {
            return Optional.of(p);
        }
        return Optional.empty();
    }

    public static Optional<Long> activeUnitId() {
        return principal().map(TenantPrincipal::activeUnitId);
    }

    public static long requireActiveUnitId() {
        return activeUnitId().orElseThrow(() -> new IllegalStateException("No active unit in this session"));
    }
}
