package vn.thidua.submission;

/** The receiver accepted a version (it is locked from now on). */
public record SubmissionAccepted(
        long outboxSubmissionId,
        RoundKind kind,
        long roundId,
        long senderUnitId,
        long receiverUnitId,
        String title,
        int versionNo) {}
