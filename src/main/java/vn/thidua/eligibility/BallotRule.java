package vn.thidua.eligibility;

import java.util.Objects;

/**
 * How a council passes a proposal for {@code title}: at least {@code atLeast} of the votes, counted against all
 * members or those present (CSTĐ toàn quốc: ≥ 90 % of all members, by secret ballot).
 */
public record BallotRule(String title, Share atLeast, VoteBasis basis) {

    public BallotRule {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(atLeast, "atLeast");
        basis = basis == null ? VoteBasis.PRESENT : basis;
    }

    /** Whether {@code yes} votes pass with {@code members} in the council and {@code present} at the session. */
    public boolean passes(int yes, int members, int present) {
        return atLeast.reached(yes, basis == VoteBasis.ALL_MEMBERS ? members : present);
    }
}
