package vn.thidua.award;

import java.time.LocalDate;

/** One award in someone's history. */
public record AwardRecordSummary(
        long id,
        String fullName,
        String subject,
        String awardCode,
        String awardName,
        String schoolYear,
        String decisionLabel,
        LocalDate decisionDate,
        String holderUnitName,
        long amount,
        boolean revoked,
        String revokeReason,
        String revokeBasis,
        boolean decidedByActiveUnit) {}
