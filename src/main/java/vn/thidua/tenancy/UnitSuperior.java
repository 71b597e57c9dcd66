package vn.thidua.tenancy;

import java.time.LocalDate;

/**
 * A unit some unit reported to (directly or indirectly) from {@code from} to {@code to} (null = still).
 *
 * @param unitId the superior unit
 * @param from first day of the relation
 * @param to last day of the relation, or null while it lasts
 */
public record UnitSuperior(long unitId, LocalDate from, LocalDate to) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
}
