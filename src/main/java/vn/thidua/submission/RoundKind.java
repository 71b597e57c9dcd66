package vn.thidua.submission;

/** What a round collects. */
public enum RoundKind {
    /** Hồ sơ đề nghị khen thưởng. */
    NOMINATION,
    /** Danh sách đăng ký thi đua: a unit's registration list of titles for the school year. */
    REGISTRATION,
    /** Đề xuất điển hình tiên tiến: member units propose exemplars to the opener's periodic conference. */
    EXEMPLAR_CONFERENCE
}
