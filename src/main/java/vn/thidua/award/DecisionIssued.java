package vn.thidua.award;

import java.util.Set;

/**
 * A unit issued an award decision; {@code originUnitIds} are the units whose nominees it awards and
 * {@code awardedUserIds} the accounts of awarded persons linked to one (empty when none is).
 */
public record DecisionIssued(
        long decisionId, long unitId, String label, Set<Long> originUnitIds, Set<Long> awardedUserIds) {}
