package vn.thidua.numbering;

/** The last number issued in a series in a year (0 = none yet); the next document gets {@code lastNumber + 1}. */
public record SeriesState(NumberSeries series, int year, int lastNumber) {}
