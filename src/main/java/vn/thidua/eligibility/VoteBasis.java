package vn.thidua.eligibility;

/** What a council vote's share is counted against. */
public enum VoteBasis {
    /** Tổng số thành viên hội đồng. */
    ALL_MEMBERS,
    /** Số thành viên có mặt. */
    PRESENT
}
