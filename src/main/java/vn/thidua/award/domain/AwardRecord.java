package vn.thidua.award.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One award in someone's history. It follows the person (a teacher who moved keeps it) and the holder unit, so
 * it is not tenant-filtered: {@link AwardRecordRepository} reads it only by person, by the holder's subtree path
 * or for the deciding unit (ADR 0008).
 */
@Entity
@Table(name = "award_record")
public class AwardRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "decision_unit_id", nullable = false, updatable = false)
    private long decisionUnitId;

    @Column(name = "decision_id", nullable = false, updatable = false)
    private long decisionId;

    @Column(name = "decision_label", nullable = false, updatable = false)
    private String decisionLabel;

    @Column(name = "decision_date", nullable = false, updatable = false)
    private LocalDate decisionDate;

    @Column(name = "school_year", nullable = false, updatable = false)
    private String schoolYear;

    @Column(name = "award_code", nullable = false, updatable = false)
    private String awardCode;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "full_name", nullable = false, updatable = false)
    private String fullName;

    @Column(name = "person_user_id", updatable = false)
    private Long personUserId;

    @Column(name = "holder_unit_id", nullable = false, updatable = false)
    private long holderUnitId;

    @Column(name = "holder_unit_name", nullable = false, updatable = false)
    private String holderUnitName;

    @Column(name = "holder_path", nullable = false, updatable = false)
    private String holderPath;

    @Column(nullable = false, updatable = false)
    private long amount;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoke_reason")
    private String revokeReason;

    @Column(name = "revoke_basis")
    private String revokeBasis;

    protected AwardRecord() {}

    public AwardRecord(
            long decisionUnitId,
            long decisionId,
            String decisionLabel,
            LocalDate decisionDate,
            String schoolYear,
            String awardCode,
            String subject,
            String fullName,
            Long personUserId,
            long holderUnitId,
            String holderUnitName,
            String holderPath,
            long amount) {
        this.decisionUnitId = decisionUnitId;
        this.decisionId = decisionId;
        this.decisionLabel = decisionLabel;
        this.decisionDate = decisionDate;
        this.schoolYear = schoolYear;
        this.awardCode = awardCode;
        this.subject = subject;
        this.fullName = fullName;
        this.personUserId = personUserId;
        this.holderUnitId = holderUnitId;
        this.holderUnitName = holderUnitName;
        this.holderPath = holderPath;
        this.amount = amount;
    }

    public void revoke(Instant at, String by, String reason, String basis) {
        this.revokedAt = at;
        this.revokedBy = by;
        this.revokeReason = reason;
        this.revokeBasis = basis;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getDecisionUnitId() {
        return decisionUnitId;
    }

    public long getDecisionId() {
        return decisionId;
    }

    public String getDecisionLabel() {
        return decisionLabel;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public String getAwardCode() {
        return awardCode;
    }

    public String getSubject() {
        return subject;
    }

    public String getFullName() {
        return fullName;
    }

    public Long getPersonUserId() {
        return personUserId;
    }

    public long getHolderUnitId() {
        return holderUnitId;
    }

    public String getHolderUnitName() {
        return holderUnitName;
    }

    public String getHolderPath() {
        return holderPath;
    }

    public long getAmount() {
        return amount;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public String getRevokeBasis() {
        return revokeBasis;
    }
}
