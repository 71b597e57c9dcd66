package vn.thidua.registration;

/**
 * A target of a registration round: an emulation title with either a required share of the unit's staff
 * ({@code percent}, individual titles only) or a required number of registrations ({@code count}).
 */
public record TargetData(String titleCode, Integer percent, Integer count) {

    public static TargetData percent(String titleCode, int percent) {
        return new TargetData(titleCode, percent, null);
    }

    public static TargetData count(String titleCode, int count) {
        return new TargetData(titleCode, null, count);
    }
}
