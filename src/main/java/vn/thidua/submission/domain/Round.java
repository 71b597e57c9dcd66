package vn.thidua.submission.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.thidua.submission.RoundKind;

/**
 * A collection round (đợt xét) opened by a unit for its subtree. Published downward: not tenant-filtered, read
 * only through {@link RoundRepository}'s subtree predicates (ADR 0008).
 */
@Entity
@Table(name = "collection_round")
public class Round {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "owner_unit_id", nullable = false, updatable = false)
    private long ownerUnitId;

    @Column(name = "owner_path", nullable = false, updatable = false)
    private String ownerPath;

    @Enumerated(EnumType.STRING)
    private RoundKind kind;

    private String name;

    @Column(name = "school_year")
    private String schoolYear;

    private LocalDate deadline;

    /** Comma-separated award type codes that may be proposed. */
    @Column(name = "allowed_codes")
    private String allowedCodes;

    private String description;

    private boolean closed;

    @Column(name = "disclosure_days", nullable = false)
    private int disclosureDays;

    @Column(name = "opened_at")
    private Instant openedAt;

    protected Round() {}

    public Round(long ownerUnitId, String ownerPath, RoundKind kind) {
        this.ownerUnitId = ownerUnitId;
        this.ownerPath = ownerPath;
        this.kind = kind;
        this.openedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getOwnerUnitId() {
        return ownerUnitId;
    }

    public String getOwnerPath() {
        return ownerPath;
    }

    public RoundKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public void setSchoolYear(String schoolYear) {
        this.schoolYear = schoolYear;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getAllowedCodes() {
        return allowedCodes;
    }

    public void setAllowedCodes(String allowedCodes) {
        this.allowedCodes = allowedCodes;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isClosed() {
        return closed;
    }

    public void setClosed(boolean closed) {
        this.closed = closed;
    }

    public int getDisclosureDays() {
        return disclosureDays;
    }

    public void setDisclosureDays(int disclosureDays) {
        this.disclosureDays = disclosureDays;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }
}
