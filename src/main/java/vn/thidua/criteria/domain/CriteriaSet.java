package vn.thidua.criteria.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.thidua.criteria.CriteriaSetStatus;
import vn.thidua.criteria.SubjectType;

/**
 * A criteria set (bộ tiêu chí). A draft is its unit's alone; a published set is frozen and read by the units below,
 * which derive their own set from it (its criteria copied as inherited). Not tenant-filtered: read only through
 * {@link CriteriaSetRepository}'s predicates (ADR 0010, ADR 0013). The criteria are kept as JSON.
 */
@Entity
@Table(name = "criteria_set")
public class CriteriaSet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "unit_path", nullable = false, updatable = false)
    private String unitPath;

    @Column(name = "unit_name", nullable = false, updatable = false)
    private String unitName;

    @Column(nullable = false)
    private String name;

    @Column(name = "school_year", nullable = false, updatable = false)
    private String schoolYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SubjectType subject;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    /** The previous version of this set (a new version of a published set). */
    @Column(name = "previous_id", updatable = false)
    private Long previousId;

    /** The upper unit's published set this one is built from. */
    @Column(name = "parent_set_id", updatable = false)
    private Long parentSetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CriteriaSetStatus status = CriteriaSetStatus.DRAFT;

    @Lob
    @Column(nullable = false, length = 1_000_000_000)
    private String criteria;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected CriteriaSet() {}

    public CriteriaSet(
            long unitId,
            String unitPath,
            String unitName,
            String name,
            String schoolYear,
            SubjectType subject,
            int versionNo,
            Long previousId,
            Long parentSetId) {
        this.unitId = unitId;
        this.unitPath = unitPath;
        this.unitName = unitName;
        this.name = name;
        this.schoolYear = schoolYear;
        this.subject = subject;
        this.versionNo = versionNo;
        this.previousId = previousId;
        this.parentSetId = parentSetId;
    }

    public void update(String name, String criteria, Instant at, String by) {
        this.name = name;
        this.criteria = criteria;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public void publish(Instant at) {
        this.status = CriteriaSetStatus.PUBLISHED;
        this.publishedAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getName() {
        return name;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public SubjectType getSubject() {
        return subject;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public Long getPreviousId() {
        return previousId;
    }

    public Long getParentSetId() {
        return parentSetId;
    }

    public CriteriaSetStatus getStatus() {
        return status;
    }

    public String getCriteria() {
        return criteria;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
