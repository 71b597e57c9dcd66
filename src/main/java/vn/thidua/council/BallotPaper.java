package vn.thidua.council;

import java.time.LocalDate;
import java.util.List;

/** A session the current user attends and may vote in, with its candidates (no tallies while voting). */
public record BallotPaper(
        long sessionId,
        LocalDate date,
        String place,
        String agenda,
        SessionStatus status,
        BallotMode mode,
        boolean present,
        boolean voted,
        List<Line> lines) {

    /** Whether the current user may cast a ballot now. */
    public boolean mayVote() {
        return status == SessionStatus.VOTING && mode == BallotMode.ONLINE && present && !voted;
    }

    /** One candidate on the ballot, with the rule that decides it. */
    public record Line(long candidateId, int seq, String name, String awardName, String proposer, String ruleWords) {}
}
