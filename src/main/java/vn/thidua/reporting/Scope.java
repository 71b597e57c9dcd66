package vn.thidua.reporting;

import vn.thidua.tenancy.OrgUnitType;

/**
 * The unit a dashboard covers and how its rows are selected: the read model's ancestor column at the unit's level is
 * the unit; the next column groups the rows by child unit.
 */
public record Scope(long unitId, String unitName, OrgUnitType type, int level) {

    /** "l1_id" for an office: rows whose ancestor at depth 1 is the unit. */
    String column() {
        return "l" + level + "_id";
    }

    /** The ancestor one level deeper (the child units), or the unit itself at the deepest level. */
    String childColumn() {
        return "l" + Math.min(level + 1, ReportingService.MAX_LEVEL) + "_id";
    }

    public boolean hasChildren() {
        return level < ReportingService.MAX_LEVEL && type != OrgUnitType.SCHOOL;
    }
}
