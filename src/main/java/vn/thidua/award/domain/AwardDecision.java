package vn.thidua.award.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.thidua.tenancy.TenantOwnedEntity;

/** An award decision of the active unit: a draft until issued, then numbered and read-only. */
@Entity
@Table(name = "award_decision")
public class AwardDecision extends TenantOwnedEntity {

    @Column(name = "round_id", updatable = false)
    private Long roundId;

    @Column(name = "decision_number")
    private Integer number;

    @Column(name = "number_text")
    private String numberText;

    @Column(name = "decision_date", nullable = false)
    private LocalDate decisionDate;

    @Column(name = "school_year", nullable = false)
    private String schoolYear;

    @Column(nullable = false)
    private String subject;

    @Column(name = "authority_line")
    private String authorityLine;

    @Column(name = "signer_prefix")
    private String signerPrefix;

    @Column(name = "signer_title")
    private String signerTitle;

    @Column(name = "signer_name")
    private String signerName;

    @Column(name = "legal_bases", length = 4000)
    private String legalBases;

    private String place;

    @Column(nullable = false)
    private boolean issued;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "issued_by")
    private String issuedBy;

    protected AwardDecision() {}

    public AwardDecision(Long roundId) {
        this.roundId = roundId;
    }

    public void issue(int number, String numberText, Instant at, String by) {
        this.number = number;
        this.numberText = numberText;
        this.issued = true;
        this.issuedAt = at;
        this.issuedBy = by;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Integer getNumber() {
        return number;
    }

    public String getNumberText() {
        return numberText;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public void setSchoolYear(String schoolYear) {
        this.schoolYear = schoolYear;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getAuthorityLine() {
        return authorityLine;
    }

    public void setAuthorityLine(String authorityLine) {
        this.authorityLine = authorityLine;
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

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }

    public String getLegalBases() {
        return legalBases;
    }

    public void setLegalBases(String legalBases) {
        this.legalBases = legalBases;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public boolean isIssued() {
        return issued;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }
}
