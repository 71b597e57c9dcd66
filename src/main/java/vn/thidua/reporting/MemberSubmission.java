package vn.thidua.reporting;

import java.time.LocalDate;

/** What one member unit sent in one round: the status of its last version, lateness of its first, its size. */
public record MemberSubmission(
        long roundId,
        long senderUnitId,
        String senderName,
        String status,
        int versionNo,
        boolean late,
        int items,
        LocalDate firstSentOn) {}
