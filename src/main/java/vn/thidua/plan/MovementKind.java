package vn.thidua.plan;

/** Kinds of emulation movement (Law 06/2022 Art. 8). */
public enum MovementKind {
    /** Thường xuyên: the yearly movement of the unit. */
    REGULAR,
    /** Theo đợt: for a period or an occasion. */
    CAMPAIGN,
    /** Chuyên đề: on one theme. */
    THEMATIC,
    /** Giai đoạn: a phase of several years, e.g. 2020–2025. */
    PHASE
}
