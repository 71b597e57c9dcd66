package vn.thidua.criteria;

import java.math.BigDecimal;
import java.util.List;

/** A score sheet of the active unit with its frozen criteria. */
public record ScoreSheetSummary(
        long id,
        String name,
        long criteriaSetId,
        String schoolYear,
        SubjectType subject,
        BigDecimal maxPoints,
        List<Criterion> criteria,
        List<Period> periods,
        Aggregation aggregation,
        Integer divisor,
        List<Band> bands,
        Integer reviewDay,
        long version) {

    public Period period(String code) {
        return periods.stream().filter(p -> p.code().equals(code)).findFirst().orElse(null);
    }
}
