package vn.thidua.reporting;

import java.util.Map;

/**
 * Awards of one unit of the scope (a child unit, or the scope's own unit when {@code self}) by award code.
 *
 * @param counts awards (not revoked) by award code
 * @param total all of them
 */
public record UnitAwards(long unitId, String unitName, boolean self, Map<String, Long> counts, long total) {

    public UnitAwards {
        counts = java.util.Collections.unmodifiableMap(counts);
    }

    public long count(String code) {
        return counts.getOrDefault(code, 0L);
    }
}
