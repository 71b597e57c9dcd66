package vn.thidua.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Whether the current user holds a permission in the active unit. For hiding UI only: services enforce. */
public final class Access {

    private Access() {}

    public static boolean can(String permission) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.getAuthorities().stream().anyMatch(a -> ("ROLE_" + permission).equals(a.getAuthority()));
    }
}
