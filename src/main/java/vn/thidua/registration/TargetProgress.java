package vn.thidua.registration;

/**
 * A target against what was registered. For a share: {@code achieved} of {@code base} staff, {@code required} =
 * ⌈percent × base / 100⌉; for a count: {@code achieved} registrations of {@code required}.
 */
public record TargetProgress(
        String titleCode, String titleName, Integer percent, int achieved, int base, int required) {

    public boolean met() {
        return achieved >= required;
    }

    /** Achieved share of the staff, in whole percent (0 when there is no staff or the target is a count). */
    public int achievedPercent() {
        return percent == null || base == 0 ? 0 : (int) Math.floor(achieved * 100.0 / base);
    }
}
