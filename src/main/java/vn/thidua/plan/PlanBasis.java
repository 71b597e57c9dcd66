package vn.thidua.plan;

/**
 * A "Căn cứ …" line. {@code planId} links it to an issued upper plan (the line was generated from it and may be
 * reworded); null for a free legal reference.
 */
public record PlanBasis(Long planId, String text) {}
