package vn.thidua.criteria;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A person's score card of one period with the computed points. */
public record ScoreCardView(
        Long id,
        long sheetId,
        String periodCode,
        long userId,
        String personName,
        ScoreStatus status,
        List<ScoreLine> lines,
        BigDecimal selfTotal,
        BigDecimal total,
        String reviewComment,
        String reviewedBy,
        String confirmedBy,
        Instant submittedAt,
        long version) {

    public ScoreLine line(String code) {
        return lines.stream().filter(l -> l.code().equals(code)).findFirst().orElse(null);
    }
}
