package vn.thidua.submission;

/** What a round collects. */
public enum RoundKind {
    /** Hồ sơ đề nghị khen thưởng. */
    NOMINATION,
    /** Danh sách đăng ký thi đua: a unit's registration list of titles for the school year. */
    REGISTRATION
}
