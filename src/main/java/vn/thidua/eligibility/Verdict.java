package vn.thidua.eligibility;

import java.util.List;

/**
 * Whether a candidate meets the conditions for a title on a date, each condition explained, and which rule set they
 * came from (null and not eligible when no rule set in force has the title).
 */
public record Verdict(String title, String schoolYear, boolean eligible, List<Check> checks, RuleSet ruleSet) {

    /** The conditions not met. */
    public List<Check> unmet() {
        return checks.stream().filter(c -> !c.met()).toList();
    }
}
