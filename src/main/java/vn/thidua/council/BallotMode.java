package vn.thidua.council;

/** Bỏ phiếu kín trực tuyến (each present member on their own screen) or tallies entered from paper ballots. */
public enum BallotMode {
    ONLINE,
    PAPER
}
