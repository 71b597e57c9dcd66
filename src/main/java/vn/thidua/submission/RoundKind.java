package vn.thidua.submission;

/** What a round collects. */
public enum RoundKind {
    /** Hồ sơ đề nghị khen thưởng. */
    NOMINATION
}
