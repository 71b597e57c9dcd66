package vn.thidua.eligibility;

/** Xếp loại chất lượng: the yearly rating of a person or a unit, lowest first (NĐ 233/2026 Art 10–12). */
public enum Rating {
    /** Không hoàn thành nhiệm vụ. */
    KHONG_HOAN_THANH,
    /** Hoàn thành nhiệm vụ. */
    HOAN_THANH,
    /** Hoàn thành tốt nhiệm vụ. */
    HOAN_THANH_TOT,
    /** Hoàn thành xuất sắc nhiệm vụ. */
    HOAN_THANH_XUAT_SAC
}
