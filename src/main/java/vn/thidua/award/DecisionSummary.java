package vn.thidua.award;

import java.time.LocalDate;

/** A decision of the active unit. {@code numberText} is null for a draft. */
public record DecisionSummary(
        long id,
        Long roundId,
        String numberText,
        LocalDate decisionDate,
        String schoolYear,
        String subject,
        boolean issued,
        int itemCount,
        long totalAmount,
        long version) {}
