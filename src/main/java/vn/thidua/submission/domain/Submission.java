package vn.thidua.submission.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.thidua.submission.RoundKind;
import vn.thidua.submission.SubmissionStatus;
import vn.thidua.tenancy.TenantOwnedEntity;

/**
 * One sent version of a unit's snapshot, in two copies: the sender's ({@link Side#OUTBOX}, tenant = sender) and
 * the receiver's ({@link Side#INBOX}, tenant = receiver), linked by the idempotency key (ADR 0002). The items
 * and document references are an immutable JSON payload.
 */
@Entity
@Table(name = "submission")
public class Submission extends TenantOwnedEntity {

    /** Maps to CLOB on H2 and LONGTEXT on MySQL (the Liquibase column type is CLOB). */
    static final int LONG_TEXT = 1_000_000_000;

    public enum Side {
        OUTBOX,
        INBOX
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Side side;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RoundKind kind;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "source_id", nullable = false, updatable = false)
    private long sourceId;

    @Column(name = "sender_unit_id", nullable = false, updatable = false)
    private long senderUnitId;

    @Column(name = "receiver_unit_id", nullable = false, updatable = false)
    private long receiverUnitId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(nullable = false, updatable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SubmissionStatus status;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "sent_by", nullable = false, updatable = false)
    private String sentBy;

    @Column(name = "deadline", updatable = false)
    private LocalDate deadline;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "item_count", nullable = false, updatable = false)
    private int itemCount;

    /** "CODE:n,CODE:n" — items per award type, for the status board without opening payloads. */
    @Column(name = "category_counts", nullable = false, updatable = false)
    private String categoryCounts;

    @Lob
    @Column(nullable = false, updatable = false, length = LONG_TEXT)
    private String payload;

    /** The receiver has used the accepted items in its own consolidated dossier (Đã tổng hợp). */
    private boolean consolidated;

    protected Submission() {}

    public Submission(
            Side side,
            String idempotencyKey,
            RoundKind kind,
            long roundId,
            long sourceId,
            long senderUnitId,
            long receiverUnitId,
            int versionNo,
            String title,
            Instant sentAt,
            String sentBy,
            LocalDate deadline,
            int itemCount,
            String categoryCounts,
            String payload) {
        this.side = side;
        this.idempotencyKey = idempotencyKey;
        this.kind = kind;
        this.roundId = roundId;
        this.sourceId = sourceId;
        this.senderUnitId = senderUnitId;
        this.receiverUnitId = receiverUnitId;
        this.versionNo = versionNo;
        this.title = title;
        this.status = SubmissionStatus.SENT;
        this.sentAt = sentAt;
        this.sentBy = sentBy;
        this.deadline = deadline;
        this.itemCount = itemCount;
        this.categoryCounts = categoryCounts;
        this.payload = payload;
    }

    /** The receiver's copy of {@code sent}: same content, other side. */
    public static Submission inboxCopyOf(Submission sent) {
        return new Submission(
                Side.INBOX,
                sent.idempotencyKey,
                sent.kind,
                sent.roundId,
                sent.sourceId,
                sent.senderUnitId,
                sent.receiverUnitId,
                sent.versionNo,
                sent.title,
                sent.sentAt,
                sent.sentBy,
                sent.deadline,
                sent.itemCount,
                sent.categoryCounts,
                sent.payload);
    }

    public void decide(SubmissionStatus newStatus, Instant at, String by, String reason) {
        this.status = newStatus;
        this.decidedAt = at;
        this.decidedBy = by;
        this.returnReason = reason;
    }

    public void markConsolidated() {
        this.consolidated = true;
    }

    public boolean isLate() {
        return deadline != null
                && sentAt.atZone(vn.thidua.shared.Dates.ZONE).toLocalDate().isAfter(deadline);
    }

    public Side getSide() {
        return side;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public RoundKind getKind() {
        return kind;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getSourceId() {
        return sourceId;
    }

    public long getSenderUnitId() {
        return senderUnitId;
    }

    public long getReceiverUnitId() {
        return receiverUnitId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getTitle() {
        return title;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getSentBy() {
        return sentBy;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public int getItemCount() {
        return itemCount;
    }

    public String getCategoryCounts() {
        return categoryCounts;
    }

    public String getPayload() {
        return payload;
    }

    public boolean isConsolidated() {
        return consolidated;
    }
}
