package vn.thidua.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The current portal user, from the security context. */
public final class CurrentUser {

    private CurrentUser() {}

    public static Optional<PortalPrincipal> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof PortalPrincipal p ? Optional.of(p) : Optional.empty();
    }

    public static PortalPrincipal require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not logged in"));
    }
}
