package vn.thidua.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** One copy of a sent version, as seen by its sender (outbox) or its receiver (inbox). */
public record SubmissionSummary(
        long id,
        String idempotencyKey,
        boolean inbox,
        RoundKind kind,
        long roundId,
        long sourceId,
        long senderUnitId,
        String senderName,
        long receiverUnitId,
        String receiverName,
        int versionNo,
        String title,
        SubmissionStatus status,
        Instant sentAt,
        String sentBy,
        LocalDate deadline,
        boolean late,
        Instant decidedAt,
        String decidedBy,
        String returnReason,
        int itemCount,
        Map<String, Integer> categoryCounts,
        boolean consolidated,
        long version) {}
