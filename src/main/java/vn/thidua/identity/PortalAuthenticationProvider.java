package vn.thidua.identity;

import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.identity.domain.UserAccount;
import vn.thidua.identity.domain.UserAccountRepository;
import vn.thidua.shared.AuditEvent;

/**
 * Local accounts: BCrypt passwords, lockout after {@code thidua.security.max-failed-logins} failures for
 * {@code thidua.security.lockout-minutes}. Exceptions carry i18n keys that the login view shows in Vietnamese.
 */
@Component
public class PortalAuthenticationProvider implements AuthenticationProvider {

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final ActiveUnitService activeUnits;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final int maxFailures;
    private final int lockMinutes;
    private final Clock clock = Clock.systemUTC();
    private final String dummyHash;

    PortalAuthenticationProvider(
            UserAccountRepository accounts,
            PasswordEncoder encoder,
            ActiveUnitService activeUnits,
            PlatformTransactionManager txManager,
            ApplicationEventPublisher events,
            @Value("${thidua.security.max-failed-logins:5}") int maxFailures,
            @Value("${thidua.security.lockout-minutes:15}") int lockMinutes) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.activeUnits = activeUnits;
        this.tx = new TransactionTemplate(txManager);
        this.events = events;
        this.maxFailures = maxFailures;
        this.lockMinutes = lockMinutes;
        this.dummyHash = encoder.encode("timing-equaliser");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getName()).trim().toLowerCase(java.util.Locale.ROOT);
        String password = String.valueOf(authentication.getCredentials());
        Long userId = tx.execute(status -> {
            UserAccount user = accounts.findByUsername(username).orElse(null);
            Instant now = clock.instant();
            if (user == null || user.getPasswordHash() == null) {
                encoder.matches(password, dummyHash);
                throw new BadCredentialsException("login.error.bad");
            }
            if (!user.isEnabled()) {
                throw new DisabledException("login.error.disabled");
            }
            if (user.isLocked(now)) {
                throw new LockedException("login.error.locked");
            }
            if (!encoder.matches(password, user.getPasswordHash())) {
                return -user.getId();
            }
            user.recordSuccessfulLogin();
            return user.getId();
        });
        if (userId != null && userId < 0) {
            boolean locked = Boolean.TRUE.equals(tx.execute(status -> {
                UserAccount user = accounts.findById(-userId).orElseThrow();
                boolean nowLocked = user.recordFailedLogin(maxFailures, lockMinutes, clock.instant());
                if (nowLocked) {
                    activeUnits
                            .anyUnitOf(user.getId())
                            .ifPresent(unit -> events.publishEvent(new AuditEvent(
                                    unit, "USER", user.getUsername(), "LOCKED", "failedLogins ≥ " + maxFailures)));
                }
                return nowLocked;
            }));
            throw locked ? new LockedException("login.error.locked") : new BadCredentialsException("login.error.bad");
        }
        return activeUnits.authenticationFor(userId, null);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
