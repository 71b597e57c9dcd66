package vn.thidua.council;

/** One mark on a ballot: đồng ý, không đồng ý, or no opinion (counted as a blank ballot). */
public enum Choice {
    YES,
    NO,
    ABSTAIN
}
