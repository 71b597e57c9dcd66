package vn.thidua.eligibility;

/** Who a rule set applies to; a narrower scope overrides a wider one title by title. */
public enum Scope {
    NATIONAL,
    PROVINCE,
    UNIT
}
