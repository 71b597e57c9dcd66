package vn.thidua.criteria;

/**
 * A scoring period of a score sheet.
 *
 * @param code e.g. "2026-09", "HK1", "NAM"
 * @param label shown to people, e.g. "Tháng 9/2026"
 * @param kind MONTH, SEMESTER or YEAR
 * @param weight its weight in the year score (1 for a plain mean)
 */
public record Period(String code, String label, PeriodKind kind, int weight) {

    public enum PeriodKind {
        MONTH,
        SEMESTER,
        YEAR
    }
}
