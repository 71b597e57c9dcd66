package vn.thidua.eligibility;

/** Hình thức kỷ luật in the year, lightest first ({@code NONE}: not disciplined). */
public enum Discipline {
    NONE,
    KHIEN_TRACH,
    CANH_CAO,
    CACH_CHUC,
    BUOC_THOI_VIEC
}
