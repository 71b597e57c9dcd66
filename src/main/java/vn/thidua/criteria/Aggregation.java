package vn.thidua.criteria;

/** How period totals make the year score: a plain mean, or weighted by the periods' weights over the divisor. */
public enum Aggregation {
    MEAN,
    WEIGHTED
}
