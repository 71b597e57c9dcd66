package vn.thidua.award;

/** One awardee of a decision. */
public record DecisionItemSummary(
        long id,
        int seq,
        String awardCode,
        String awardName,
        String subject,
        String fullName,
        String position,
        String workUnit,
        String originUnitName,
        long amount) {}
