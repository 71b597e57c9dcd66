package vn.thidua.reporting;

import vn.thidua.tenancy.OrgUnitType;

/**
 * The unit a dashboard covers (the active unit or one of its subtree, checked by {@link ReportingService#scope}) and
 * its level in the read model (its depth, at most {@link ReportingService#MAX_LEVEL}): its scope rows are keyed by it.
 */
public record Scope(long unitId, String unitName, OrgUnitType type, int level) {

    public boolean hasChildren() {
        return level < ReportingService.MAX_LEVEL && type != OrgUnitType.SCHOOL;
    }
}
