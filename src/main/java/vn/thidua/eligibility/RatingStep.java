package vn.thidua.eligibility;

import java.util.Objects;

/**
 * One step of a rating scale on 100 points: a score of at least {@code min} rates {@code rating} (NĐ 233/2026: ≥ 90
 * hoàn thành xuất sắc, 70 to under 90 hoàn thành tốt, 50 to under 70 hoàn thành; below the lowest step: không hoàn
 * thành).
 */
public record RatingStep(int min, Rating rating) {

    public RatingStep {
        Objects.requireNonNull(rating, "rating");
        if (min < 0 || min > 100) {
            throw new IllegalArgumentException("A rating step is on 100 points: " + min);
        }
    }
}
