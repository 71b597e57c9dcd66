package vn.thidua.submission;

/** Status of a sent version: Đã gửi – chờ duyệt, Trả lại, Đã tiếp nhận. */
public enum SubmissionStatus {
    SENT,
    RETURNED,
    ACCEPTED
}
