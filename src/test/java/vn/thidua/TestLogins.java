package vn.thidua;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.demo.DemoData;
import vn.thidua.identity.ActiveUnitService;
import vn.thidua.identity.PortalAuthentication;
import vn.thidua.identity.UserProvisioning;
import vn.thidua.tenancy.OrgUnitService;

/** Signs a demo user in (as the login would) with a chosen active unit; makes sure demo users exist. */
@TestComponent
public class TestLogins {

    private final ActiveUnitService activeUnits;
    private final OrgUnitService orgUnits;
    private final UserProvisioning provisioning;
    private final TransactionTemplate tx;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final org.springframework.beans.factory.ObjectProvider<
                    org.springframework.security.core.context.SecurityContextHolderStrategy>
            strategy;
    private volatile boolean seeded;

    TestLogins(
            ActiveUnitService activeUnits,
            OrgUnitService orgUnits,
            UserProvisioning provisioning,
            org.springframework.transaction.PlatformTransactionManager txManager,
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            org.springframework.beans.factory.ObjectProvider<
                            org.springframework.security.core.context.SecurityContextHolderStrategy>
                    strategy) {
        this.strategy = strategy;
        this.activeUnits = activeUnits;
        this.orgUnits = orgUnits;
        this.provisioning = provisioning;
        this.tx = new TransactionTemplate(txManager);
        this.jdbc = jdbc;
    }

    public long unitId(String code) {
        return orgUnits.findByCode(code).orElseThrow().id();
    }

    public long userId(String username) {
        ensureDemo();
        return jdbc.sql("select id from user_account where username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    /** Logs {@code username} in with {@code unitCode} active. */
    public PortalAuthentication as(String username, String unitCode) {
        ensureDemo();
        // several test contexts live in one JVM: make the global holder use this context's strategy, the one its
        // method-security interceptors read
        strategy.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        SecurityContextHolder.clearContext();
        PortalAuthentication auth = activeUnits.authenticationFor(userId(username), unitId(unitCode));
        if (auth.getPrincipal().activeUnitId() != unitId(unitCode)) {
            throw new IllegalStateException(username + " is not a member of " + unitCode);
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        return auth;
    }

    public void logout() {
        SecurityContextHolder.clearContext();
    }

    private void ensureDemo() {
        if (!seeded) {
            provisioning.ensureAll(DemoData.people());
            seeded = true;
        }
    }
}
