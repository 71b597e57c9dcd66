package vn.thidua.council.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.thidua.council.BallotMode;
import vn.thidua.council.SessionStatus;
import vn.thidua.tenancy.TenantOwnedEntity;

/**
 * A session of the unit's council: when and where, the agenda, how it votes, and — once closed — the quorum rule
 * and counts it was judged by, frozen with the results.
 */
@Entity
@Table(name = "council_session")
public class CouncilSession extends TenantOwnedEntity {

    @Column(name = "session_date", nullable = false)
    private LocalDate sessionDate;

    @Column(name = "start_time")
    private String startTime;

    @Column(nullable = false)
    private String place;

    @Column(name = "locality")
    private String locality;

    @Column(name = "school_year", nullable = false)
    private String schoolYear;

    @Column(name = "agenda", nullable = false)
    private String agenda;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionStatus status = SessionStatus.PREPARING;

    @Enumerated(EnumType.STRING)
    @Column(name = "ballot_mode", nullable = false)
    private BallotMode mode;

    @Column(name = "dossier_id")
    private Long dossierId;

    @Column(name = "dossier_title")
    private String dossierTitle;

    /** Ballots cast online (the markers' count); never who chose what. */
    @Column(name = "ballots_cast", nullable = false)
    private int ballotsCast;

    @Column(name = "quorum_share")
    private String quorumShare;

    @Column(name = "rule_set_name")
    private String ruleSetName;

    @Column(name = "legal_basis", length = 1000)
    private String legalBasis;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** The minutes' number in the council's series of the register (taken when the session closes). */
    @Column(name = "minutes_number")
    private Integer minutesNumber;

    @Column(name = "minutes_attached_at")
    private Instant minutesAttachedAt;

    protected CouncilSession() {}

    public CouncilSession(
            LocalDate sessionDate,
            String startTime,
            String place,
            String locality,
            String schoolYear,
            String agenda,
            BallotMode mode) {
        this.sessionDate = sessionDate;
        this.startTime = startTime;
        this.place = place;
        this.locality = locality;
        this.schoolYear = schoolYear;
        this.agenda = agenda;
        this.mode = mode;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public String getStartTime() {
        return startTime;
    }

    public String getPlace() {
        return place;
    }

    public String getLocality() {
        return locality;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public String getAgenda() {
        return agenda;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public void setStatus(SessionStatus status) {
        this.status = status;
    }

    public BallotMode getMode() {
        return mode;
    }

    public void setMode(BallotMode mode) {
        this.mode = mode;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public String getDossierTitle() {
        return dossierTitle;
    }

    public void setDossier(Long dossierId, String dossierTitle) {
        this.dossierId = dossierId;
        this.dossierTitle = dossierTitle;
    }

    public int getBallotsCast() {
        return ballotsCast;
    }

    public String getQuorumShare() {
        return quorumShare;
    }

    public String getRuleSetName() {
        return ruleSetName;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void freezeQuorum(String share, String ruleSetName, String legalBasis) {
        this.quorumShare = share;
        this.ruleSetName = ruleSetName;
        this.legalBasis = legalBasis;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public void setClosedAt(Instant closedAt) {
        this.closedAt = closedAt;
    }

    public Integer getMinutesNumber() {
        return minutesNumber;
    }

    public void setMinutesNumber(Integer minutesNumber) {
        this.minutesNumber = minutesNumber;
    }

    public Instant getMinutesAttachedAt() {
        return minutesAttachedAt;
    }

    public void setMinutesAttachedAt(Instant minutesAttachedAt) {
        this.minutesAttachedAt = minutesAttachedAt;
    }
}
