package vn.thidua.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.thidua.council.CouncilRole;
import vn.thidua.tenancy.TenantOwnedEntity;

/** A member of the unit's council (Hội đồng TĐKT), chosen from the unit's memberships. */
@Entity
@Table(name = "council_member")
public class CouncilMember extends TenantOwnedEntity {

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "position")
    private String position;

    @Enumerated(EnumType.STRING)
    @Column(name = "council_role", nullable = false)
    private CouncilRole role;

    protected CouncilMember() {}

    public CouncilMember(long userId, String fullName, String position, CouncilRole role) {
        this.userId = userId;
        this.fullName = fullName;
        this.position = position;
        this.role = role;
    }

    public long getUserId() {
        return userId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPosition() {
        return position;
    }

    public CouncilRole getRole() {
        return role;
    }

    public void setRole(CouncilRole role) {
        this.role = role;
    }
}
