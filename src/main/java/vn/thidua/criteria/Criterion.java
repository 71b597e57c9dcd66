package vn.thidua.criteria;

import java.math.BigDecimal;

/**
 * One criterion of a criteria set (and, frozen, of a score sheet).
 *
 * @param code short code unique in the set, e.g. "1.2"
 * @param title what is assessed
 * @param maxPoints the points the criterion is worth
 * @param type how it is scored
 * @param perOccurrence DEDUCTION only: points taken per occurrence
 * @param floor optional minimum points of the criterion (a deduction never goes below it)
 * @param evidenceRequired a self-assessment giving points needs an evidence file
 * @param inherited copied from the upper unit's published set: read-only in this set
 */
public record Criterion(
        String code,
        String title,
        BigDecimal maxPoints,
        ScoringType type,
        BigDecimal perOccurrence,
        BigDecimal floor,
        boolean evidenceRequired,
        boolean inherited) {

    public Criterion asInherited() {
        return new Criterion(code, title, maxPoints, type, perOccurrence, floor, evidenceRequired, true);
    }
}
