package vn.thidua.identity.domain;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The allow-listed cross-tenant reads of memberships, each with an explicit predicate:
 *
 * <ul>
 *   <li>the units of <em>one</em> user (the one logging in or switching unit — never a list of others);
 *   <li>whether a user has memberships outside a subtree (to decide if an administrator may edit the account);
 *   <li>the enabled members of <em>one</em> unit with their roles and e-mail address, for system notices about
 *       that unit (read by {@code UnitContacts} only; nothing else about the accounts leaves this query).
 * </ul>
 */
@Component
public class MembershipDirectory {

    private final JdbcClient jdbc;

    MembershipDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record UnitMembership(long unitId, String unitPath, String unitName, String roles) {}

    /** Units (active today or not) in which {@code userId} holds a membership, the first-granted first. */
    public List<UnitMembership> unitsOf(long userId) {
        return jdbc.sql(
                        """
                        select m.tenant_id, u.path, u.name, m.roles
                        from membership m join org_unit u on u.id = m.tenant_id
                        where m.user_id = :userId
                        order by m.id
                        """)
                .param("userId", userId)
                .query((rs, i) -> new UnitMembership(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public record UnitMember(long userId, String displayName, String email, String roles) {}

    /**
     * Enabled accounts holding a membership in {@code unitId} (one unit, explicit predicate), with the roles held
     * there as stored (role names, e.g. {@code "EMULATION_OFFICER,STAFF"}).
     */
    public List<UnitMember> membersOf(long unitId) {
        return jdbc.sql(
                        """
                        select a.id, a.display_name, a.email, m.roles
                        from membership m join user_account a on a.id = m.user_id
                        where m.tenant_id = :unit and a.enabled = true
                        order by a.id
                        """)
                .param("unit", unitId)
                .query((rs, i) -> new UnitMember(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** True if {@code userId} belongs to any unit outside the subtree rooted at {@code path}. */
    public boolean hasMembershipOutside(long userId, String path) {
        Long count = jdbc.sql(
                        """
                        select count(*) from membership m join org_unit u on u.id = m.tenant_id
                        where m.user_id = :userId and u.path not like :prefix
                        """)
                .param("userId", userId)
                .param("prefix", path + "%")
                .query(Long.class)
                .single();
        return count != null && count > 0;
    }
}
