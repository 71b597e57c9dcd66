package vn.thidua.plan;

/** Nháp → Đã ban hành (numbered, read-only) → Đã điều chỉnh (a later edition replaces it). */
public enum PlanStatus {
    DRAFT,
    ISSUED,
    AMENDED
}
