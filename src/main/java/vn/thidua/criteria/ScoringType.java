package vn.thidua.criteria;

/**
 * How a criterion is scored. SCALE and BONUS: points 0..max entered directly; YES_NO: 1 gives the maximum, 0 nothing;
 * DEDUCTION: the number of occurrences is entered, each costs {@code perOccurrence} from the maximum, never below the
 * floor (or zero).
 */
public enum ScoringType {
    SCALE,
    DEDUCTION,
    BONUS,
    YES_NO
}
