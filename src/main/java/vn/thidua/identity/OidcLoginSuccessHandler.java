package vn.thidua.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import vn.thidua.identity.domain.UserAccount;
import vn.thidua.identity.domain.UserAccountRepository;

/**
 * After an OIDC login: maps the token to a portal user (by the e-mail claim) and replaces the OIDC authentication by the portal's. Unknown people are refused.
 */
@Component
public class OidcLoginSuccessHandler implements AuthenticationSuccessHandler {

    private static final Logger log = LoggerFactory.getLogger(OidcLoginSuccessHandler.class);

    private final UserAccountRepository accounts;
    private final ActiveUnitService activeUnits;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    OidcLoginSuccessHandler(UserAccountRepository accounts, ActiveUnitService activeUnits) {
        this.accounts = accounts;
        this.activeUnits = activeUnits;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        Optional<UserAccount> user = Optional.empty();
        if (auth instanceof OAuth2AuthenticationToken token && token.getPrincipal() instanceof OidcUser oidc) {
            user = Optional.ofNullable(oidc.getEmail()).flatMap(accounts::findByEmailIgnoreCase);
        }
        SecurityContextHolder.clearContext();
        if (user.isEmpty() || !user.get().isEnabled()) {
            log.info("OIDC login refused: no matching portal user for {}", auth.getName());
            request.getSession().invalidate();
            response.sendRedirect(request.getContextPath() + "/login?error=oidc");
            return;
        }
        PortalAuthentication portal;
        try {
            portal = activeUnits.authenticationFor(user.get().getId(), null);
        } catch (RuntimeException e) {
            response.sendRedirect(request.getContextPath() + "/login?error=noUnit");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(portal);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        response.sendRedirect(request.getContextPath() + "/");
    }
}
