package vn.thidua.eligibility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.tenancy.RuleOverridesCheck;

/**
 * A province's own rule sets, written in its tenants-config file under {@code rule-overrides.rule-sets} in the
 * vocabulary of the shipped sets (keys in kebab-case: {@code effective-from}, {@code legal-basis}, {@code at-least}…;
 * scope and owner are the province's). Checked when tenants-config loads: a wrong set stops the load.
 */
@Component
class ProvinceRuleSets implements RuleOverridesCheck {

    static final String KEY = "rule-sets";

    private static final JsonMapper YAML_VALUES = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Override
    public Set<String> keys() {
        return Set.of(KEY);
    }

    @Override
    public void check(String provinceCode, Map<String, Object> ruleOverrides) {
        parse(provinceCode, ruleOverrides);
    }

    /** The province's rule sets; a {@link RuleOverridesCheck.Problem} names the wrong field. */
    static List<RuleSet> parse(String provinceCode, Map<String, Object> ruleOverrides) {
        Object value = ruleOverrides.get(KEY);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new Problem(KEY, "phải là một danh sách (must be a list of rule sets)");
        }
        List<RuleSet> sets = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String field = KEY + "[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> raw)) {
                throw new Problem(field, "phải là một ánh xạ (must be a mapping)");
            }
            for (String own : List.of("scope", "owner")) {
                if (raw.containsKey(own)) {
                    throw new Problem(
                            field + "." + own,
                            "không khai báo: bộ quy tắc của tỉnh luôn thuộc tỉnh này (a province's set is its own)");
                }
            }
            Map<Object, Object> withOwner = new LinkedHashMap<>(raw);
            withOwner.put("scope", Scope.PROVINCE.name());
            withOwner.put("owner", provinceCode);
            RuleSet set;
            try {
                set = YAML_VALUES.convertValue(withOwner, RuleSet.class);
            } catch (JacksonException e) {
                throw new Problem(field + path(e), rootMessage(e));
            } catch (IllegalArgumentException e) {
                throw new Problem(field, rootMessage(e));
            }
            if (set.name() == null
                    || set.name().isBlank()
                    || set.legalBasis() == null
                    || set.legalBasis().isBlank()) {
                throw new Problem(field, "cần name và legal-basis (name and legal-basis are required)");
            }
            if (sets.stream().anyMatch(s -> s.code().equals(set.code()))) {
                throw new Problem(field + ".code", "mã trùng (duplicate code): " + set.code());
            }
            sets.add(set);
        }
        return sets;
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(r -> r.getIndex() >= 0 ? "[" + r.getIndex() + "]" : "." + r.getPropertyName())
                .collect(Collectors.joining());
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t instanceof JacksonException j ? j.getOriginalMessage() : t.getMessage();
        return message == null ? t.toString() : message.lines().findFirst().orElse(message);
    }
}
