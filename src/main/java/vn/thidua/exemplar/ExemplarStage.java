package vn.thidua.exemplar;

/** The four stages of building an advanced model, in their order; translated as {@code exemplar.stage.<NAME>}. */
public enum ExemplarStage {
    /** Phát hiện: why this person or collective. */
    PHAT_HIEN,
    /** Bồi dưỡng: a support action (training, resources, mentoring), planned or done. */
    BOI_DUONG,
    /** Tổng kết: a review against the criteria. */
    TONG_KET,
    /** Nhân rộng: how the practice was spread. */
    NHAN_RONG
}
