/**
 * Criteria and score sheets: criteria sets (bộ tiêu chí thi đua) per school year and subject, published by an office
 * and read by the units below (ADR 0010's predicates, ADR 0013), which build their own set from it (inherited criteria
 * read-only, local criteria added); score sheets (bảng điểm) built from a set with periods, aggregation, bands and
 * review days; self-assessment with evidence, review (tổ / thư ký) and confirmation (BGH); totals, year score, band and
 * rank computed by {@link vn.thidua.criteria.ScoringMath}; the unit's ranking exported to XLSX. Others read recorded
 * results through {@link vn.thidua.criteria.ScoringService#yearResults(String)}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "tenancy", "identity", "submission", "document"})
package vn.thidua.criteria;
