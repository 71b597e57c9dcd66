package vn.thidua.audit;

import java.time.Instant;

/** An audit row as shown in the audit log view. */
public record AuditEntrySummary(
        long id,
        Instant occurredAt,
        String actor,
        long unitId,
        String unitName,
        String entityType,
        String entityId,
        String action,
        String changes) {}
