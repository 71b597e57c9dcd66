package vn.thidua.submission;

/** The receiver returned a version with a reason. */
public record SubmissionReturned(
        long outboxSubmissionId,
        RoundKind kind,
        long roundId,
        long senderUnitId,
        long receiverUnitId,
        String title,
        int versionNo,
        String reason) {}
