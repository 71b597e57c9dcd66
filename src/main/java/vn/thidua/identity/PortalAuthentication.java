package vn.thidua.identity;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Authentication of a portal user in one active unit; authorities are the permissions of the roles held there. */
public final class PortalAuthentication extends AbstractAuthenticationToken {

    /**
     * Permissions are granted as Spring "roles" ({@code ROLE_} + permission), so {@code @RolesAllowed(X)},
     * {@code hasRole('X')} and {@code request.isUserInRole(X)} all check permission X (see docs/adr).
     */
    public static final String AUTHORITY_PREFIX = "ROLE_";

    private final PortalPrincipal principal;

    public PortalAuthentication(PortalPrincipal principal) {
        super(Role.permissionsOf(principal.roles()).stream()
                .map(permission -> new SimpleGrantedAuthority(AUTHORITY_PREFIX + permission))
                .toList());
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public PortalPrincipal getPrincipal() {
        return principal;
    }

    @Override
    public String getName() {
        return principal.username();
    }

    List<String> permissions() {
        return getAuthorities().stream()
                .map(a -> a.getAuthority().substring(AUTHORITY_PREFIX.length()))
                .toList();
    }
}
