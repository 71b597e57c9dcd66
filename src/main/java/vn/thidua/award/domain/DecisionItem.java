package vn.thidua.award.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.thidua.tenancy.TenantOwnedEntity;

/** One awardee of a decision, with the origin of the proposal and the money. */
@Entity
@Table(name = "decision_item")
public class DecisionItem extends TenantOwnedEntity {

    @Column(name = "decision_id", nullable = false, updatable = false)
    private long decisionId;

    private int seq;

    @Column(name = "award_code", nullable = false, updatable = false)
    private String awardCode;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(name = "full_name", nullable = false, updatable = false)
    private String fullName;

    @Column(updatable = false)
    private String position;

    @Column(name = "work_unit", updatable = false)
    private String workUnit;

    @Column(name = "origin_unit_id", nullable = false, updatable = false)
    private long originUnitId;

    @Column(name = "origin_unit_name", nullable = false, updatable = false)
    private String originUnitName;

    @Column(name = "origin_ref", updatable = false)
    private Long originRef;

    @Column(name = "source_submission_id", updatable = false)
    private Long sourceSubmissionId;

    @Column(name = "source_seq", updatable = false)
    private Integer sourceSeq;

    @Column(name = "person_user_id", updatable = false)
    private Long personUserId;

    private long amount;

    protected DecisionItem() {}

    public DecisionItem(
            long decisionId,
            int seq,
            String awardCode,
            String subject,
            String fullName,
            String position,
            String workUnit,
            long originUnitId,
            String originUnitName,
            Long originRef,
            Long sourceSubmissionId,
            Integer sourceSeq,
            Long personUserId) {
        this.decisionId = decisionId;
        this.seq = seq;
        this.awardCode = awardCode;
        this.subject = subject;
        this.fullName = fullName;
        this.position = position;
        this.workUnit = workUnit;
        this.originUnitId = originUnitId;
        this.originUnitName = originUnitName;
        this.originRef = originRef;
        this.sourceSubmissionId = sourceSubmissionId;
        this.sourceSeq = sourceSeq;
        this.personUserId = personUserId;
    }

    public long getDecisionId() {
        return decisionId;
    }

    public int getSeq() {
        return seq;
    }

    public void setSeq(int seq) {
        this.seq = seq;
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

    public String getPosition() {
        return position;
    }

    public String getWorkUnit() {
        return workUnit;
    }

    public long getOriginUnitId() {
        return originUnitId;
    }

    public String getOriginUnitName() {
        return originUnitName;
    }

    public Long getOriginRef() {
        return originRef;
    }

    public Long getSourceSubmissionId() {
        return sourceSubmissionId;
    }

    public Integer getSourceSeq() {
        return sourceSeq;
    }

    public Long getPersonUserId() {
        return personUserId;
    }

    public long getAmount() {
        return amount;
    }

    public void setAmount(long amount) {
        this.amount = amount;
    }
}
