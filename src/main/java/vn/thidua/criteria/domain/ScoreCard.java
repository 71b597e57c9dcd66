package vn.thidua.criteria.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import vn.thidua.criteria.ScoreStatus;
import vn.thidua.tenancy.TenantOwnedEntity;

/**
 * One person's score card of one period of a score sheet: the lines (values, evidence, comments) as JSON and the
 * totals computed from them at every save (kept as columns so that rankings read numbers only). Tenant table.
 */
@Entity
@Table(name = "score_card")
public class ScoreCard extends TenantOwnedEntity {

    @Column(name = "sheet_id", nullable = false, updatable = false)
    private long sheetId;

    @Column(name = "period_code", nullable = false, updatable = false)
    private String periodCode;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "person_name", nullable = false)
    private String personName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ScoreStatus status = ScoreStatus.DRAFT;

    @Lob
    @Column(name = "score_lines", nullable = false, length = 1_000_000_000)
    private String lines;

    @Column(name = "self_total", nullable = false, precision = 7, scale = 2)
    private BigDecimal selfTotal = BigDecimal.ZERO;

    @Column(nullable = false, precision = 7, scale = 2)
    private BigDecimal total = BigDecimal.ZERO;

    @Column(name = "review_comment", length = 2000)
    private String reviewComment;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected ScoreCard() {}

    public ScoreCard(long sheetId, String periodCode, long userId, String personName) {
        this.sheetId = sheetId;
        this.periodCode = periodCode;
        this.userId = userId;
        this.personName = personName;
    }

    public void setLines(String lines, BigDecimal selfTotal, BigDecimal total) {
        this.lines = lines;
        this.selfTotal = selfTotal;
        this.total = total;
    }

    public void submit(Instant at) {
        this.status = ScoreStatus.SUBMITTED;
        this.submittedAt = at;
    }

    public void review(String comment, String by, Instant at) {
        this.status = ScoreStatus.REVIEWED;
        this.reviewComment = comment;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    public void confirm(String by, Instant at) {
        this.status = ScoreStatus.CONFIRMED;
        this.confirmedBy = by;
        this.confirmedAt = at;
    }

    public long getSheetId() {
        return sheetId;
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public long getUserId() {
        return userId;
    }

    public String getPersonName() {
        return personName;
    }

    public ScoreStatus getStatus() {
        return status;
    }

    public String getLines() {
        return lines;
    }

    public BigDecimal getSelfTotal() {
        return selfTotal;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }
}
