package vn.thidua.nomination;

/** Status of a dossier at its unit: Nháp, Đã gửi – chờ duyệt, Trả lại, Đã tiếp nhận. */
public enum DossierStatus {
    DRAFT,
    SENT,
    RETURNED,
    ACCEPTED
}
