package vn.thidua.tenancy;

import java.time.LocalDate;

/** Read record of an org unit. {@code path} is the materialized path of ids, e.g. {@code /1/5/23/}. */
public record OrgUnitSummary(
        long id,
        String code,
        String name,
        OrgUnitType type,
        SchoolType schoolType,
        Long parentId,
        String path,
        int depth,
        String provinceCode,
        LocalDate validFrom,
        LocalDate validTo,
        String abbreviation,
        boolean demo) {

    public boolean activeOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }

    public boolean isAncestorOrSelfOf(OrgUnitSummary other) {
        return other.path().startsWith(path);
    }
}
