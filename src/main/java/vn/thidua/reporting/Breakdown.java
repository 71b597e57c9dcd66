package vn.thidua.reporting;

/** One bar of a breakdown: a key (award code, school type, school year), its label and its value. */
public record Breakdown(String key, String label, long value) {}
