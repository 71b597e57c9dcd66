package vn.thidua.award;

/** An award was revoked (hủy bỏ) by the unit that decided it. */
public record AwardRevoked(long recordId, long decisionUnitId, long holderUnitId, String fullName, String reason) {}
