package vn.thidua.identity;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.thidua.identity.domain.Membership;
import vn.thidua.identity.domain.MembershipRepository;
import vn.thidua.identity.domain.UserAccount;
import vn.thidua.identity.domain.UserAccountRepository;
import vn.thidua.shared.AuditEvent;
import vn.thidua.shared.Changes;
import vn.thidua.tenancy.AdministratorSettings;
import vn.thidua.tenancy.OrgUnitService;
import vn.thidua.tenancy.OrgUnitSummary;
import vn.thidua.tenancy.TenantScope;
import vn.thidua.tenancy.TenantsConfigException;
import vn.thidua.tenancy.TenantsConfigLoaded;

/**
 * System-side creation of accounts: the first administrators of tenants-config (inside the loader's root
 * transaction, so a bad role rolls the whole load back) and demo users. Never overwrites an existing account.
 */
@Component
public class UserProvisioning {

    private static final Logger log = LoggerFactory.getLogger(UserProvisioning.class);

    private final UserAccountRepository accounts;
    private final MembershipRepository memberships;
    private final OrgUnitService orgUnits;
    private final PasswordEncoder encoder;
    private final Environment environment;
    private final TenantScope scope;
    private final ApplicationEventPublisher events;

    UserProvisioning(
            UserAccountRepository accounts,
            MembershipRepository memberships,
            OrgUnitService orgUnits,
            PasswordEncoder encoder,
            Environment environment,
            TenantScope scope,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.orgUnits = orgUnits;
        this.encoder = encoder;
        this.environment = environment;
        this.scope = scope;
        this.events = events;
    }

    /** A person to create if missing (demo data, scripts). */
    public record Provision(
            String username,
            String displayName,
            String email,
            String unitCode,
            Set<Role> roles,
            String position,
            String password) {}

    @EventListener
    void onTenantsConfigLoaded(TenantsConfigLoaded loaded) {
        for (int i = 0; i < loaded.administrators().size(); i++) {
            AdministratorSettings a = loaded.administrators().get(i);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String r : a.roles()) {
                try {
                    roles.add(Role.valueOf(r));
                } catch (IllegalArgumentException e) {
                    throw new TenantsConfigException(
                            a.file(),
                            a.line(),
                            "administrators.roles",
                            "vai trò '" + r + "' không tồn tại (unknown role); cho phép: " + List.of(Role.values()));
                }
            }
            String password = a.passwordEnv() == null ? null : environment.getProperty(a.passwordEnv());
            boolean generated = password == null;
            if (generated) {
                password = HexFormat.of().formatHex(new SecureRandom().generateSeed(9));
            }
            if (ensure(new Provision(a.username(), a.name(), a.email(), a.unitCode(), roles, null, password))
                    && generated) {
                log.warn(
                        "Tài khoản quản trị đầu tiên '{}' được tạo với mật khẩu tạm: {} — hãy đổi ngay"
                                + " (first administrator created with a temporary password, change it)",
                        a.username(),
                        password);
            }
        }
    }

    /** Creates the account and membership if they do not exist yet. Returns true if the account was created. */
    public boolean ensure(Provision p) {
        OrgUnitSummary unit = orgUnits.findByCode(p.unitCode())
                .orElseThrow(() -> new IllegalArgumentException("Unknown unit " + p.unitCode()));
        UserAccount user = accounts.findByUsername(p.username()).orElse(null);
        boolean created = user == null;
        if (created) {
            user = new UserAccount(p.username(), p.displayName());
            user.setEmail(p.email());
            user.setPasswordHash(encoder.encode(p.password()));
            accounts.save(user);
            events.publishEvent(new AuditEvent(
                    unit.id(),
                    "USER",
                    p.username(),
                    "CREATED",
                    Changes.of().set("displayName", p.displayName()).toString()));
        }
        if (memberships.findInUnit(user.getId(), unit.id()).isEmpty()) {
            memberships.save(Membership.forUnit(unit.id(), user, p.roles(), p.position()));
            events.publishEvent(new AuditEvent(
                    unit.id(),
                    "MEMBERSHIP",
                    p.username(),
                    "CREATED",
                    Changes.of()
                            .set("roles", UserAdminService.rolesText(p.roles()))
                            .toString()));
        }
        return created;
    }

    /** Runs {@link #ensure} for each person in one system transaction (demo data). */
    public void ensureAll(List<Provision> people) {
        scope.asSystem(() -> {
            people.forEach(this::ensure);
            return null;
        });
    }
}
