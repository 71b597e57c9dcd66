package vn.thidua.council;

/**
 * A candidate with its title's pass rule in words, its tallies, and — once closed — its result. {@code basisCount}
 * is what the share is counted against (all members or those present); {@code needed} the approvals the rule needs.
 */
public record CandidateSummary(
        long id,
        int seq,
        String subject,
        String name,
        String awardCode,
        String awardName,
        String proposer,
        Long nomineeId,
        String ruleWords,
        String ruleSetName,
        int basisCount,
        int needed,
        int yes,
        int no,
        int other,
        Boolean passed) {

    /** Approvals as a percentage of the basis, one decimal (e.g. "85,7%"). */
    public String yesPercent() {
        return basisCount == 0
                ? "–"
                : String.format(java.util.Locale.forLanguageTag("vi"), "%.1f%%", 100.0 * yes / basisCount);
    }
}
