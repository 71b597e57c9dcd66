package vn.thidua.exemplar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.thidua.tenancy.TenantOwnedEntity;

/**
 * An honour the active (upper) unit gave at its conference to an exemplar a member unit proposed: the row of the
 * honouring unit; the proposing unit's copy is its {@link ExemplarProposal}.
 */
@Entity
@Table(name = "exemplar_honour")
public class ExemplarHonour extends TenantOwnedEntity {

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "inbox_submission_id", nullable = false, updatable = false)
    private long inboxSubmissionId;

    @Column(name = "sender_unit_id", nullable = false, updatable = false)
    private long senderUnitId;

    @Column(name = "exemplar_id", nullable = false, updatable = false)
    private long exemplarId;

    @Column(name = "label", nullable = false)
    private String label;

    @Column(name = "honour_text", nullable = false, length = 500)
    private String text;

    @Column(name = "honour_date", nullable = false)
    private LocalDate date;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected ExemplarHonour() {}

    public ExemplarHonour(
            long roundId,
            long inboxSubmissionId,
            long senderUnitId,
            long exemplarId,
            String label,
            String text,
            LocalDate date,
            String createdBy) {
        this.roundId = roundId;
        this.inboxSubmissionId = inboxSubmissionId;
        this.senderUnitId = senderUnitId;
        this.exemplarId = exemplarId;
        this.label = label;
        this.text = text;
        this.date = date;
        this.createdAt = Instant.now();
        this.createdBy = createdBy;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getInboxSubmissionId() {
        return inboxSubmissionId;
    }

    public long getSenderUnitId() {
        return senderUnitId;
    }

    public long getExemplarId() {
        return exemplarId;
    }

    public String getText() {
        return text;
    }

    public LocalDate getDate() {
        return date;
    }
}
