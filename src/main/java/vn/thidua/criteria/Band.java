package vn.thidua.criteria;

import java.math.BigDecimal;

/**
 * A classification band: scores from {@code min} (inclusive) to {@code max} (exclusive; the top band includes the
 * sheet maximum).
 *
 * @param quotaPercent optional cap on the share of people in the band (e.g. 30 for "Tốt" at most 30 %)
 */
public record Band(String label, BigDecimal min, BigDecimal max, Integer quotaPercent) {}
