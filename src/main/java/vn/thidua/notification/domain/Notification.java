package vn.thidua.notification.domain;

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
import vn.thidua.notification.NotificationKind;

/**
 * A notice for one person. It belongs to its recipient, not to a unit, so it is not a tenant-owned entity: it is
 * read only through {@link NotificationRepository}, whose every query names the recipient (ADR 0009).
 * {@code unitId} is the unit the notice concerns (where its link leads); {@code messageArgs} is a JSON array of
 * strings; {@code dedupeKey} is unique per recipient so that the same fact is never notified twice.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "recipient_user_id", nullable = false, updatable = false)
    private long recipientUserId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NotificationKind kind;

    @Column(name = "message_key", nullable = false, updatable = false)
    private String messageKey;

    @Column(name = "message_args", nullable = false, updatable = false)
    private String messageArgs;

    @Column(nullable = false, updatable = false)
    private String link;

    @Column(name = "dedupe_key", nullable = false, updatable = false)
    private String dedupeKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    public Notification(
            long recipientUserId,
            long unitId,
            NotificationKind kind,
            String messageKey,
            String messageArgs,
            String link,
            String dedupeKey,
            Instant createdAt) {
        this.recipientUserId = recipientUserId;
        this.unitId = unitId;
        this.kind = kind;
        this.messageKey = messageKey;
        this.messageArgs = messageArgs;
        this.link = link;
        this.dedupeKey = dedupeKey;
        this.createdAt = createdAt;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public long getRecipientUserId() {
        return recipientUserId;
    }

    public long getUnitId() {
        return unitId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getMessageArgs() {
        return messageArgs;
    }

    public String getLink() {
        return link;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
