package vn.thidua.submission.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A quota (chỉ tiêu) for one award type, allotted by a unit to one of its member units in a round. Read only by
 * the allotting unit and the member (ADR 0008).
 */
@Entity
@Table(name = "round_quota")
public class RoundQuota {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "allotting_unit_id", nullable = false, updatable = false)
    private long allottingUnitId;

    @Column(name = "member_unit_id", nullable = false, updatable = false)
    private long memberUnitId;

    @Column(name = "award_code", nullable = false, updatable = false)
    private String awardCode;

    private int allotted;

    protected RoundQuota() {}

    public RoundQuota(long roundId, long allottingUnitId, long memberUnitId, String awardCode) {
        this.roundId = roundId;
        this.allottingUnitId = allottingUnitId;
        this.memberUnitId = memberUnitId;
        this.awardCode = awardCode;
    }

    public Long getId() {
        return id;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getAllottingUnitId() {
        return allottingUnitId;
    }

    public long getMemberUnitId() {
        return memberUnitId;
    }

    public String getAwardCode() {
        return awardCode;
    }

    public int getAllotted() {
        return allotted;
    }

    public void setAllotted(int allotted) {
        this.allotted = allotted;
    }
}
