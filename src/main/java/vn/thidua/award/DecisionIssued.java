package vn.thidua.award;

import java.util.Set;

/** A unit issued an award decision; {@code originUnitIds} are the units whose nominees it awards. */
public record DecisionIssued(long decisionId, long unitId, String label, Set<Long> originUnitIds) {}
