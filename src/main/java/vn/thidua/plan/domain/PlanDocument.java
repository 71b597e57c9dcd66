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
import java.time.LocalDate;
import vn.thidua.plan.PlanStatus;

/**
 * A plan (kế hoạch) as an official document: header, number, căn cứ, sections, timeline, annexes, Nơi nhận and
 * signature; the structured body is kept as JSON ({@code content}). A draft is its unit's alone; an issued plan is
 * read-only and read by the units below (its "Văn bản cấp trên") and above (lineage, boards). Not tenant-filtered:
 * read only through {@link PlanDocumentRepository}'s predicates (ADR 0010).
 */
@Entity
@Table(name = "plan_document")
public class PlanDocument {

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status = PlanStatus.DRAFT;

    /** Issued by the unit's emulation council, numbered in the council's own series. */
    @Column(nullable = false)
    private boolean council;

    /** The drafting unit's symbol appended to the number, e.g. "VP" in "1441/KH-SGDĐT-VP"; may be null. */
    @Column(name = "drafting_unit")
    private String draftingUnit;

    @Column(name = "movement_id")
    private Long movementId;

    /** The upper plan this one implements ("Thực hiện Kế hoạch số … của …"). */
    @Column(name = "parent_plan_id", updatable = false)
    private Long parentPlanId;

    /** The issued plan this edition amends. */
    @Column(name = "amends_plan_id", updatable = false)
    private Long amendsPlanId;

    @Column(name = "amended_by_id")
    private Long amendedById;

    @Column(nullable = false, updatable = false)
    private int edition = 1;

    @Column(name = "doc_number")
    private Integer number;

    @Column(name = "number_text")
    private String numberText;

    @Column(name = "issue_date")
    private LocalDate issueDate;

    private String place;

    @Column(name = "parent_body")
    private String parentBody;

    @Column(name = "issuer_name", nullable = false)
    private String issuerName;

    private String subject;

    @Column(name = "school_year")
    private String schoolYear;

    @Column(name = "signer_prefix")
    private String signerPrefix;

    @Column(name = "signer_title")
    private String signerTitle;

    @Column(name = "signer_subtitle")
    private String signerSubtitle;

    @Column(name = "signer_name")
    private String signerName;

    @Lob
    @Column(nullable = false, length = 1_000_000_000)
    private String content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "issued_by")
    private String issuedBy;

    protected PlanDocument() {}

    public PlanDocument(
            long unitId,
            String unitPath,
            String unitName,
            Long parentPlanId,
            Long amendsPlanId,
            int edition,
            Instant createdAt,
            String createdBy) {
        this.unitId = unitId;
        this.unitPath = unitPath;
        this.unitName = unitName;
        this.parentPlanId = parentPlanId;
        this.amendsPlanId = amendsPlanId;
        this.edition = edition;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.updatedAt = createdAt;
    }

    public void issue(int number, String numberText, Instant at, String by) {
        this.status = PlanStatus.ISSUED;
        this.number = number;
        this.numberText = numberText;
        this.issuedAt = at;
        this.issuedBy = by;
        this.updatedAt = at;
    }

    public void amendedBy(long planId, Instant at) {
        this.status = PlanStatus.AMENDED;
        this.amendedById = planId;
        this.updatedAt = at;
    }

    public boolean isDraft() {
        return status == PlanStatus.DRAFT;
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

    public PlanStatus getStatus() {
        return status;
    }

    public boolean isCouncil() {
        return council;
    }

    public void setCouncil(boolean council) {
        this.council = council;
    }

    public String getDraftingUnit() {
        return draftingUnit;
    }

    public void setDraftingUnit(String draftingUnit) {
        this.draftingUnit = draftingUnit;
    }

    public Long getMovementId() {
        return movementId;
    }

    public void setMovementId(Long movementId) {
        this.movementId = movementId;
    }

    public Long getParentPlanId() {
        return parentPlanId;
    }

    public Long getAmendsPlanId() {
        return amendsPlanId;
    }

    public Long getAmendedById() {
        return amendedById;
    }

    public int getEdition() {
        return edition;
    }

    public Integer getNumber() {
        return number;
    }

    public String getNumberText() {
        return numberText;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public void setIssueDate(LocalDate issueDate) {
        this.issueDate = issueDate;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getParentBody() {
        return parentBody;
    }

    public void setParentBody(String parentBody) {
        this.parentBody = parentBody;
    }

    public String getIssuerName() {
        return issuerName;
    }

    public void setIssuerName(String issuerName) {
        this.issuerName = issuerName;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public void setSchoolYear(String schoolYear) {
        this.schoolYear = schoolYear;
    }

    public String getSignerPrefix() {
        return signerPrefix;
    }

    public void setSignerPrefix(String signerPrefix) {
        this.signerPrefix = signerPrefix;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public void setSignerTitle(String signerTitle) {
        this.signerTitle = signerTitle;
    }

    public String getSignerSubtitle() {
        return signerSubtitle;
    }

    public void setSignerSubtitle(String signerSubtitle) {
        this.signerSubtitle = signerSubtitle;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void touch(Instant at) {
        this.updatedAt = at;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }
}
