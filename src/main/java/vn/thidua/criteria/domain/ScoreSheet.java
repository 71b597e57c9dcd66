package vn.thidua.criteria.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import vn.thidua.criteria.SubjectType;
import vn.thidua.tenancy.TenantOwnedEntity;

/**
 * A unit's score sheet (bảng điểm thi đua): a frozen copy of the criteria of a published set, the sheet maximum and
 * its settings (periods, aggregation, bands, review day) as JSON. Tenant table.
 */
@Entity
@Table(name = "score_sheet")
public class ScoreSheet extends TenantOwnedEntity {

    @Column(nullable = false)
    private String name;

    @Column(name = "criteria_set_id", nullable = false)
    private long criteriaSetId;

    @Column(name = "school_year", nullable = false)
    private String schoolYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubjectType subject;

    @Column(name = "max_points", nullable = false, precision = 7, scale = 2)
    private BigDecimal maxPoints;

    @Lob
    @Column(nullable = false, length = 1_000_000_000)
    private String criteria;

    @Lob
    @Column(nullable = false, length = 1_000_000_000)
    private String settings;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    protected ScoreSheet() {}

    public ScoreSheet(String schoolYear, SubjectType subject) {
        this.schoolYear = schoolYear;
        this.subject = subject;
    }

    public void update(
            String name,
            long criteriaSetId,
            BigDecimal maxPoints,
            String criteria,
            String settings,
            Instant at,
            String by) {
        this.name = name;
        this.criteriaSetId = criteriaSetId;
        this.maxPoints = maxPoints;
        this.criteria = criteria;
        this.settings = settings;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public String getName() {
        return name;
    }

    public long getCriteriaSetId() {
        return criteriaSetId;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public SubjectType getSubject() {
        return subject;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public String getCriteria() {
        return criteria;
    }

    public String getSettings() {
        return settings;
    }
}
