package vn.thidua.exemplar;

import java.util.Map;

/**
 * Counts of a unit's exemplars: by the latest stage reached (exemplars without any entry are not in {@code byStage})
 * and by field, and the replication reach — participants and units reached summed over the nhân rộng entries.
 */
public record ExemplarStats(
        int exemplars,
        Map<ExemplarStage, Integer> byStage,
        Map<ExemplarField, Integer> byField,
        int participants,
        int unitsReached) {

    public ExemplarStats {
        byStage = Map.copyOf(byStage);
        byField = Map.copyOf(byField);
    }
}
