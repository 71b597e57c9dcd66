package vn.thidua.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.thidua.tenancy.TenantOwnedEntity;

/** A target of a round: a title with a required share of staff (percent) or a required number of registrations. */
@Entity
@Table(name = "registration_target")
public class RegistrationTarget extends TenantOwnedEntity {

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "title_code", nullable = false, updatable = false)
    private String titleCode;

    /** Required share of the unit's staff, 1–100; null when the target is a count. */
    @Column(name = "percent_required")
    private Integer percent;

    /** Required number of registrations; null when the target is a share. */
    @Column(name = "count_required")
    private Integer count;

    protected RegistrationTarget() {}

    public RegistrationTarget(long roundId, String titleCode, Integer percent, Integer count) {
        this.roundId = roundId;
        this.titleCode = titleCode;
        this.percent = percent;
        this.count = count;
    }

    public long getRoundId() {
        return roundId;
    }

    public String getTitleCode() {
        return titleCode;
    }

    public Integer getPercent() {
        return percent;
    }

    public Integer getCount() {
        return count;
    }
}
