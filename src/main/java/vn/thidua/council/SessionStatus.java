package vn.thidua.council;

/** Chuẩn bị (attendance, candidates) → Đang bỏ phiếu (quorum checked, lists frozen) → Đã kết thúc (results frozen). */
public enum SessionStatus {
    PREPARING,
    VOTING,
    CLOSED
}
