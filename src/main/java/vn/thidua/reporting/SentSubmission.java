package vn.thidua.reporting;

import java.time.LocalDate;

/**
 * What a unit sent up in one round: the status of its last version, which version that is, when it first sent
 * (late if after the deadline) and how many nominations.
 */
public record SentSubmission(
        long roundId,
        String roundName,
        LocalDate deadline,
        String status,
        int versionNo,
        LocalDate firstSentOn,
        boolean late,
        int items) {}
