package vn.thidua.eligibility;

/** The level at which an initiative (sáng kiến) or a scientific work was recognised, lowest first. */
public enum InitiativeLevel {
    /** Cơ sở: the agency or unit. */
    UNIT,
    /** Bộ, ban, ngành, tỉnh. */
    PROVINCE,
    /** Toàn quốc. */
    NATIONAL
}
