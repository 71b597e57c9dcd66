package vn.thidua.tenancy;

import java.util.Map;
import java.util.Set;

/**
 * A module that reads part of a province's {@code rule-overrides} checks it while tenants-config loads, so that a
 * wrong override stops the load (file, line and field named) and nothing is applied. Each check owns some top-level
 * keys of {@code rule-overrides}; a key no check owns is refused as unknown.
 */
public interface RuleOverridesCheck {

    /** The top-level keys of {@code rule-overrides} this module reads (e.g. {@code rule-sets}). */
    Set<String> keys();

    /**
     * Checks the owned part of a province's overrides (scalars arrive as text, lists and mappings as such).
     *
     * @throws Problem naming the field below {@code rule-overrides} and what is wrong
     */
    void check(String provinceCode, Map<String, Object> ruleOverrides);

    /** What is wrong in an override, and where ({@code rule-sets[0].titles.LDTT[1].min}). */
    class Problem extends RuntimeException {

        private final String field;

        public Problem(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
