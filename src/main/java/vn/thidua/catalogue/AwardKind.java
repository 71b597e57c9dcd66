package vn.thidua.catalogue;

/** A title (danh hiệu thi đua) and an award form (hình thức khen thưởng) are never mixed in one field. */
public enum AwardKind {
    /** Danh hiệu thi đua. */
    TITLE,
    /** Hình thức khen thưởng. */
    FORM
}
