package vn.thidua.criteria;

import java.math.BigDecimal;
import java.util.List;

/**
 * One criterion's entry on a score card. Values are what is entered (points; for DEDUCTION the number of
 * occurrences; for YES_NO 1 or 0); the reviewer's value, when set, replaces the self-assessed one.
 */
public record ScoreLine(
        String code, BigDecimal selfValue, BigDecimal reviewValue, List<Evidence> evidence, String comment) {

    public ScoreLine {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public BigDecimal effectiveValue() {
        return reviewValue != null ? reviewValue : selfValue;
    }
}
