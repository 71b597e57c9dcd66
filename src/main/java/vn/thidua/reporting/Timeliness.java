package vn.thidua.reporting;

/**
 * Submissions of a unit's subtree part in a school year: how many units sent (one row per unit and round), how many
 * first versions came after the deadline, how many stand returned, how many were accepted.
 */
public record Timeliness(long unitId, String unitName, long sent, long late, long returned, long accepted) {

    public long onTime() {
        return sent - late;
    }
}
