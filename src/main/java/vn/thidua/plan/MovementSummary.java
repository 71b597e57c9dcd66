package vn.thidua.plan;

import java.time.Instant;

/** A movement in lists. */
public record MovementSummary(
        long id,
        long unitId,
        String unitName,
        String name,
        MovementKind kind,
        int startYear,
        int endYear,
        MovementStatus status,
        Instant launchedAt,
        boolean own) {

    /** "2026-2027" for one school year, "2020-2025" for a phase. */
    public String period() {
        return startYear + "-" + endYear;
    }
}
