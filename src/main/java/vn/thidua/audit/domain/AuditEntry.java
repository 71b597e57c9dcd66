package vn.thidua.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One audit row. Append-only: immutable to Hibernate, no update or delete path exists. Not tenant-filtered:
 * read only through {@code AuditService}, which restricts by the viewer's subtree path.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "unit_path", nullable = false)
    private String unitPath;

    @Column(name = "entity_type", nullable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private String entityId;

    @Column(nullable = false)
    private String action;

    private String changes;

    protected AuditEntry() {}

    public AuditEntry(
            Instant occurredAt,
            String actor,
            Long unitId,
            String unitPath,
            String entityType,
            String entityId,
            String action,
            String changes) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.unitId = unitId;
        this.unitPath = unitPath;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.changes = changes == null || changes.length() <= 4000 ? changes : changes.substring(0, 3997) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitPath() {
        return unitPath;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getChanges() {
        return changes;
    }
}
