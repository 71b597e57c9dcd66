package vn.thidua.criteria;

/** A person's score card for one period: self-assessed (draft, then submitted), reviewed by the tổ, confirmed by BGH. */
public enum ScoreStatus {
    DRAFT,
    SUBMITTED,
    REVIEWED,
    CONFIRMED;

    /** Whether the card counts in totals and rankings. */
    public boolean recorded() {
        return this != DRAFT;
    }
}
