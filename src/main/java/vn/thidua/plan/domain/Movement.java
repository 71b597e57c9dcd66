package vn.thidua.plan.domain;

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
import vn.thidua.plan.MovementKind;
import vn.thidua.plan.MovementStatus;

/**
 * An emulation movement (phong trào thi đua) launched by a unit. Launched movements are seen by the launching
 * unit's whole subtree: not tenant-filtered, read only through {@link MovementRepository}'s predicates (ADR 0010).
 */
@Entity
@Table(name = "movement")
public class Movement {

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MovementKind kind;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    @Column(name = "end_year", nullable = false)
    private int endYear;

    @Lob
    @Column(length = 1_000_000_000)
    private String description;

    /** One target (chỉ tiêu) per line. */
    @Lob
    @Column(length = 1_000_000_000)
    private String targets;

    /** JSON list of milestones (sơ kết, tổng kết …). */
    @Lob
    @Column(nullable = false, length = 1_000_000_000)
    private String milestones;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MovementStatus status = MovementStatus.DRAFT;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "launched_at")
    private Instant launchedAt;

    @Column(name = "launched_by")
    private String launchedBy;

    protected Movement() {}

    public Movement(long unitId, String unitPath, String unitName, Instant createdAt, String createdBy) {
        this.unitId = unitId;
        this.unitPath = unitPath;
        this.unitName = unitName;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void launch(Instant at, String by) {
        this.status = MovementStatus.LAUNCHED;
        this.launchedAt = at;
        this.launchedBy = by;
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

    public void setName(String name) {
        this.name = name;
    }

    public MovementKind getKind() {
        return kind;
    }

    public void setKind(MovementKind kind) {
        this.kind = kind;
    }

    public int getStartYear() {
        return startYear;
    }

    public void setStartYear(int startYear) {
        this.startYear = startYear;
    }

    public int getEndYear() {
        return endYear;
    }

    public void setEndYear(int endYear) {
        this.endYear = endYear;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTargets() {
        return targets;
    }

    public void setTargets(String targets) {
        this.targets = targets;
    }

    public String getMilestones() {
        return milestones;
    }

    public void setMilestones(String milestones) {
        this.milestones = milestones;
    }

    public MovementStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getLaunchedAt() {
        return launchedAt;
    }

    public String getLaunchedBy() {
        return launchedBy;
    }
}
