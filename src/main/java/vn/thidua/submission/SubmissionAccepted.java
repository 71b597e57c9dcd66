package vn.thidua.submission;

/**
 * The receiver accepted a version (it is locked from now on); published in the deciding transaction.
 * {@code sourceId} is what the sender sent (for a nomination, its dossier id).
 */
public record SubmissionAccepted(
        long outboxSubmissionId,
        RoundKind kind,
        long roundId,
        long senderUnitId,
        long receiverUnitId,
        String title,
        int versionNo,
        long sourceId) {}
