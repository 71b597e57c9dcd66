package vn.thidua.shared;

/**
 * A state change to be written to the append-only audit log in the publisher's transaction. Published with
 * Spring's {@code ApplicationEventPublisher}; the audit module persists it synchronously.
 *
 * @param unitId the org unit the change belongs to (the owning tenant)
 * @param entityType short type name, e.g. {@code USER}, {@code MEMBERSHIP}, {@code UNIT}
 * @param entityId id or code of the changed row
 * @param action what happened, e.g. {@code CREATED}, {@code UPDATED}, {@code CLOSED}
 * @param changes human-readable "field: from → to" list, may be empty
 */
public record AuditEvent(long unitId, String entityType, String entityId, String action, String changes) {

    public AuditEvent {
        if (entityType == null || entityId == null || action == null) {
            throw new IllegalArgumentException("entityType, entityId and action are required");
        }
        changes = changes == null ? "" : changes;
    }
}
