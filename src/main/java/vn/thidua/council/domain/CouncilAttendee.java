package vn.thidua.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.thidua.council.CouncilRole;
import vn.thidua.tenancy.TenantOwnedEntity;

/**
 * A council member as called to one session (a copy of the council when the session opened): present or not, and
 * whether they have cast their secret ballot — a marker only, never what they chose.
 */
@Entity
@Table(name = "council_attendee")
public class CouncilAttendee extends TenantOwnedEntity {

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "position")
    private String position;

    @Enumerated(EnumType.STRING)
    @Column(name = "council_role", nullable = false)
    private CouncilRole role;

    @Column(nullable = false)
    private boolean present;

    @Column(name = "has_voted", nullable = false)
    private boolean hasVoted;

    protected CouncilAttendee() {}

    public CouncilAttendee(long sessionId, long userId, String fullName, String position, CouncilRole role) {
        this.sessionId = sessionId;
        this.userId = userId;
        this.fullName = fullName;
        this.position = position;
        this.role = role;
    }

    public long getSessionId() {
        return sessionId;
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

    public boolean isPresent() {
        return present;
    }

    public void setPresent(boolean present) {
        this.present = present;
    }

    public boolean hasVoted() {
        return hasVoted;
    }
}
