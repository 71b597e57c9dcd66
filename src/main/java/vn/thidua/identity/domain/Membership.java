package vn.thidua.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;
import vn.thidua.identity.Role;
import vn.thidua.tenancy.TenantOwnedEntity;

/** A user's membership in a unit (the tenant), with the roles held there. */
@Entity
@Table(name = "membership")
public class Membership extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", nullable = false)
    private UserAccount user;

    @Convert(converter = RolesConverter.class)
    @Column(nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private String position;

    protected Membership() {}

    public Membership(UserAccount user, Set<Role> roles, String position) {
        this.user = user;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.position = position;
    }

    /** A membership in {@code unitId} written by system work (root session) only. */
    public static Membership forUnit(long unitId, UserAccount user, Set<Role> roles, String position) {
        Membership m = new Membership(user, roles, position);
        m.assignTenant(unitId);
        return m;
    }

    public UserAccount getUser() {
        return user;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }
}
