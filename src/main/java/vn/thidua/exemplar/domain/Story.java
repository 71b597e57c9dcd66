package vn.thidua.exemplar.domain;

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
import vn.thidua.exemplar.ExemplarField;
import vn.thidua.exemplar.StoryAudience;
import vn.thidua.exemplar.StoryStatus;
import vn.thidua.tenancy.SchoolType;

/**
 * A unit's story of one of its exemplars for the gallery. A published story is read by other units (of the same
 * province, or every unit when nationwide), so the row is not tenant-filtered: it is read only through
 * {@link StoryRepository}'s predicates (ADR 0010). The publisher's province and school type are kept on the row.
 */
@Entity
@Table(name = "exemplar_story")
public class Story {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Column(name = "unit_name", nullable = false, updatable = false)
    private String unitName;

    @Column(name = "province_code", nullable = false, updatable = false)
    private String provinceCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "school_type", updatable = false)
    private SchoolType schoolType;

    @Column(name = "exemplar_id", nullable = false, updatable = false)
    private long exemplarId;

    @Column(name = "exemplar_name", nullable = false, updatable = false)
    private String exemplarName;

    @Enumerated(EnumType.STRING)
    @Column(name = "field", nullable = false, updatable = false)
    private ExemplarField field;

    @Column(name = "title", nullable = false)
    private String title;

    @Lob
    @Column(name = "body", nullable = false, length = 1_000_000_000)
    private String text;

    @Lob
    @Column(name = "achievements", length = 1_000_000_000)
    private String achievements;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false)
    private StoryAudience audience;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private StoryStatus status = StoryStatus.DRAFT;

    /** The school year it was (last) published in, for searching. */
    @Column(name = "school_year")
    private String schoolYear;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected Story() {}

    public Story(
            long unitId,
            String unitName,
            String provinceCode,
            SchoolType schoolType,
            long exemplarId,
            String exemplarName,
            ExemplarField field,
            Instant now,
            String by) {
        this.unitId = unitId;
        this.unitName = unitName;
        this.provinceCode = provinceCode;
        this.schoolType = schoolType;
        this.exemplarId = exemplarId;
        this.exemplarName = exemplarName;
        this.field = field;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public void write(String title, String text, String achievements, StoryAudience audience) {
        this.title = title;
        this.text = text;
        this.achievements = achievements;
        this.audience = audience;
    }

    public void moveTo(StoryStatus status, Instant now, String by) {
        this.status = status;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public void published(String schoolYear, Instant now) {
        this.schoolYear = schoolYear;
        this.publishedAt = now;
    }

    public void setAudience(StoryAudience audience) {
        this.audience = audience;
    }

    public Long getId() {
        return id;
    }

    public long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public SchoolType getSchoolType() {
        return schoolType;
    }

    public long getExemplarId() {
        return exemplarId;
    }

    public String getExemplarName() {
        return exemplarName;
    }

    public ExemplarField getField() {
        return field;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public String getAchievements() {
        return achievements;
    }

    public StoryAudience getAudience() {
        return audience;
    }

    public StoryStatus getStatus() {
        return status;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
