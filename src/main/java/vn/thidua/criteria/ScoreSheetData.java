package vn.thidua.criteria;

import java.math.BigDecimal;
import java.util.List;

/**
 * A score sheet as edited: built from a criteria set of the unit (or one published above it).
 *
 * @param divisor WEIGHTED: the sum of the weights must equal it, e.g. (HK I + 2 × HK II) / 3
 * @param reviewDay the day of the month reviews are held (e.g. 24), or null
 */
public record ScoreSheetData(
        String name,
        long criteriaSetId,
        BigDecimal maxPoints,
        List<Period> periods,
        Aggregation aggregation,
        Integer divisor,
        List<Band> bands,
        Integer reviewDay) {}
