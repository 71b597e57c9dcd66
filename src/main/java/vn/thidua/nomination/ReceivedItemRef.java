package vn.thidua.nomination;

/** Picks one item of an accepted inbox version for consolidation. */
public record ReceivedItemRef(long inboxSubmissionId, int seq) {}
