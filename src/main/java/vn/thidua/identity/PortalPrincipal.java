package vn.thidua.identity;

import java.io.Serializable;
import java.util.Set;
import vn.thidua.tenancy.TenantPrincipal;

/** The logged-in user with the active unit (= tenant) and the roles held there. Kept in the session. */
public record PortalPrincipal(
        long userId,
        String username,
        String displayName,
        long activeUnitId,
        String activeUnitPath,
        String activeUnitName,
        Set<Role> roles,
        String locale)
        implements TenantPrincipal, Serializable {

    /** Whether one of the roles held in the active unit grants {@code permission} (for hiding UI only). */
    public boolean can(String permission) {
        return Role.permissionsOf(roles).contains(permission);
    }
}
