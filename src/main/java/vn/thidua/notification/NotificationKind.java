package vn.thidua.notification;

/** What a notification is about. */
public enum NotificationKind {
    /** A member unit sent a version to the recipient's unit (Hồ sơ gửi đến). */
    SUBMISSION_RECEIVED,
    /** The upper unit returned the recipient's unit's version with a reason (Trả lại). */
    SUBMISSION_RETURNED,
    /** The upper unit accepted the recipient's unit's version (Đã tiếp nhận). */
    SUBMISSION_ACCEPTED,
    /** A decision awards nominees of the recipient's unit, or the recipient in person. */
    DECISION_ISSUED,
    /** The unit above issued a plan the recipient's unit is to implement (Văn bản cấp trên). */
    PLAN_ISSUED,
    /** A round closes in three days and the recipient's unit has not sent yet. */
    DEADLINE_REMINDER,
    /** The recipient has not registered for an emulation title in the unit's open registration round. */
    REGISTRATION_REMINDER
}
