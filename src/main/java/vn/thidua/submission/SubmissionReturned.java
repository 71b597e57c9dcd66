package vn.thidua.submission;

/**
 * The receiver returned a version with a reason; published in the deciding transaction. {@code sourceId} is what
 * the sender sent (for a nomination, its dossier id).
 */
public record SubmissionReturned(
        long outboxSubmissionId,
        RoundKind kind,
        long roundId,
        long senderUnitId,
        long receiverUnitId,
        String title,
        int versionNo,
        String reason,
        long sourceId) {}
