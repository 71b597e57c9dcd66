package vn.thidua.eligibility;

import java.util.Objects;

/**
 * A cap on how many may get {@code title}: at most {@code percent} % of those who get {@code of} in the same unit and
 * year (CSTĐ cơ sở ≤ 15 % of LĐTT in the legacy set), or {@code raisedPercent} % when the unit itself holds
 * {@code raisedIfUnitHolds} (e.g. 25 % instead of 20 % when the unit is excellent). Rounded down.
 */
public record Quota(String title, String of, int percent, String raisedIfUnitHolds, Integer raisedPercent) {

    public Quota {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(of, "of");
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be 0–100");
        }
    }

    /** The most that may get the title when {@code base} got {@code of} and the unit holds {@code unitTitles}. */
    public int cap(int base, java.util.Set<String> unitTitles) {
        return (int) Math.floor(base * percentFor(unitTitles) / 100.0);
    }

    /** Whether {@code proposed} fit under the cap, explained. */
    public Check check(int proposed, int base, java.util.Set<String> unitTitles) {
        int cap = cap(base, unitTitles);
        return Check.of(proposed <= cap, "quota", title, percentFor(unitTitles), of, base, cap, proposed);
    }

    private int percentFor(java.util.Set<String> unitTitles) {
        return raisedIfUnitHolds != null && raisedPercent != null && unitTitles.contains(raisedIfUnitHolds)
                ? raisedPercent
                : percent;
    }
}
