package vn.thidua.criteria;

import java.math.BigDecimal;

/**
 * A person's recorded result of a score sheet's year: the aggregated score of the recorded (submitted or later)
 * periods, its band and rank in the unit (equal scores share a rank).
 *
 * @param periodsRecorded how many periods count, of {@code periodsTotal}
 * @param allConfirmed every recorded period was confirmed by the board
 */
public record YearResult(
        long sheetId,
        long userId,
        String personName,
        BigDecimal total,
        String band,
        int rank,
        int periodsRecorded,
        int periodsTotal,
        boolean allConfirmed) {}
