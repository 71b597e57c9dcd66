package vn.thidua.submission;

/**
 * A unit sent a version up; published in the sending transaction. {@code sourceId} is what the sender sent (for a
 * nomination, its dossier id).
 */
public record SubmissionSent(
        long inboxSubmissionId,
        RoundKind kind,
        long roundId,
        long senderUnitId,
        long receiverUnitId,
        String title,
        int versionNo,
        long sourceId) {}
