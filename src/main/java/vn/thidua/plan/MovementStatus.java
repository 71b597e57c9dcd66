package vn.thidua.plan;

/** Nháp → Đã phát động (visible to the launching unit's subtree). */
public enum MovementStatus {
    DRAFT,
    LAUNCHED
}
