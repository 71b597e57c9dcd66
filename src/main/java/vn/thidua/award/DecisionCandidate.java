package vn.thidua.award;

import vn.thidua.submission.ReceivedItem;

/**
 * An accepted item the unit may put in a decision; {@code inDecision} when a decision already lists it,
 * {@code decidable} when the unit records decisions of its award type (otherwise it is proposed further up).
 */
public record DecisionCandidate(ReceivedItem received, String awardName, boolean inDecision, boolean decidable) {}
