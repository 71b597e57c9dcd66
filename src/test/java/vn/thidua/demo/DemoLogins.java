package vn.thidua.demo;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.identity.ActiveUnitService;
import vn.thidua.tenancy.OrgUnitService;

/** The demo seeders act as real users: each step runs as the person who would do it, in their unit. */
final class DemoLogins {

    private DemoLogins() {}

    /** Acts as {@code username} in the unit with code {@code unitCode}. */
    static void as(ApplicationContext context, String username, String unitCode) {
        long unit = context.getBean(OrgUnitService.class)
                .findByCode(unitCode)
                .orElseThrow()
                .id();
        as(context, userId(context, username), unit);
    }

    static void as(ApplicationContext context, long userId, long unitId) {
        var auth = context.getBean(ActiveUnitService.class).authenticationFor(userId, unitId);
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(auth);
        SecurityContextHolder.setContext(ctx);
    }

    static long userId(ApplicationContext context, String username) {
        return context.getBean(JdbcClient.class)
                .sql("select id from user_account where username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }
}
