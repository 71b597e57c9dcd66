package vn.thidua.reporting;

import java.util.List;

/**
 * Exemplars of one unit of the scope (a child unit with its subtree, or the scope's own unit when {@code self}) in the
 * phases that overlap a school year.
 *
 * @param byStage exemplars by the latest stage reached: index 0 = no entry yet, 1–4 = phát hiện … nhân rộng
 * @param participants people reached by its nhân rộng entries
 * @param unitsReached units reached by its nhân rộng entries
 * @param learnings "learned from" records other units made on its gallery stories
 */
public record UnitExemplars(
        long unitId,
        String unitName,
        boolean self,
        long exemplars,
        List<Long> byStage,
        long participants,
        long unitsReached,
        long learnings) {

    public UnitExemplars {
        byStage = List.copyOf(byStage);
    }
}
