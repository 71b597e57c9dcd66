package vn.thidua.criteria;

/** A draft is its unit's alone and editable; a published set is frozen and read by the units below. */
public enum CriteriaSetStatus {
    DRAFT,
    PUBLISHED
}
