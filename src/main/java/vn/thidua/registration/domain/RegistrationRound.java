package vn.thidua.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.thidua.tenancy.TenantOwnedEntity;

/** A unit's registration round for one school year (one per unit and year), for its own staff and collectives. */
@Entity
@Table(name = "registration_round")
public class RegistrationRound extends TenantOwnedEntity {

    @Column(name = "school_year", nullable = false, updatable = false)
    private String schoolYear;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private LocalDate deadline;

    private boolean closed;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    protected RegistrationRound() {}

    public RegistrationRound(String schoolYear, LocalDate openedOn) {
        this.schoolYear = schoolYear;
        this.openedAt = Instant.now();
        this.openedOn = openedOn;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public boolean isClosed() {
        return closed;
    }

    public void setClosed(boolean closed) {
        this.closed = closed;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    /** Staff may change their registration on {@code date}: the round is open and the deadline not passed. */
    public boolean acceptsStaffChangesOn(LocalDate date) {
        return !closed && !date.isAfter(deadline);
    }
}
