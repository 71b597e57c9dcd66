package vn.thidua.submission;

/** A unit sent a version up; published in the sending transaction. */
public record SubmissionSent(
        long inboxSubmissionId,
        RoundKind kind,
        long roundId,
        long senderUnitId,
        long receiverUnitId,
        String title,
        int versionNo) {}
