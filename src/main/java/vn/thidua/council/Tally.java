package vn.thidua.council;

/** The counts of paper ballots for one candidate: đồng ý, không đồng ý, blank or invalid. */
public record Tally(long candidateId, int yes, int no, int other) {}
