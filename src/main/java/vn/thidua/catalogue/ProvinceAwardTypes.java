package vn.thidua.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.tenancy.OrgUnitType;
import vn.thidua.tenancy.RuleOverridesCheck;

/**
 * A province's own catalogue entries, written in its tenants-config file under {@code rule-overrides.award-types}:
 * an entry whose code starts with the province code and an underscore ({@code TN_…}) adds a title or award form for
 * the province's units; an entry with a national code overrides, for them, only what the province may write (names,
 * legal basis, required dossier parts, the unit types that decide it) — kind, subject and cash coefficient are
 * national law. Checked when tenants-config loads: a wrong entry stops the load naming its field.
 */
@Component
class ProvinceAwardTypes implements RuleOverridesCheck {

    static final String KEY = "award-types";

    static final Set<String> ADD_KEYS = Set.of(
            "code",
            "kind",
            "subject",
            "name-vi",
            "name-en",
            "legal-rank",
            "coefficient",
            "requires",
            "scarce",
            "valid-from",
            "valid-to",
            "legal-basis",
            "decided-by");

    static final Set<String> OVERRIDE_KEYS =
            Set.of("code", "name-vi", "name-en", "legal-basis", "requires", "decided-by");

    /** Fixed by national law: a province never changes them (Luật TĐKT 06/2022, NĐ 152/2025). */
    static final Set<String> NATIONAL_ONLY = Set.of("kind", "subject", "coefficient");

    private final CatalogueService catalogue;

    ProvinceAwardTypes(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Set<String> keys() {
        return Set.of(KEY);
    }

    @Override
    public void check(String provinceCode, Map<String, Object> ruleOverrides) {
        parse(provinceCode, ruleOverrides, catalogue.nationalCodes());
    }

    /** An award type the province adds (its code carries the province prefix). */
    record Addition(
            AwardTypeSummary summary,
            LocalDate validFrom,
            LocalDate validTo,
            String legalBasis,
            Set<OrgUnitType> decidedBy) {}

    /** What the province writes differently for a national code; {@code null}: as the national catalogue. */
    record Rewording(
            String code,
            String nameVi,
            String nameEn,
            String legalBasis,
            Set<DossierPart> requires,
            Set<OrgUnitType> decidedBy) {}

    record Parsed(List<Addition> additions, Map<String, Rewording> overrides) {
        static final Parsed NONE = new Parsed(List.of(), Map.of());
    }

    /** The province's additions and overrides; a {@link RuleOverridesCheck.Problem} names the wrong field. */
    static Parsed parse(String provinceCode, Map<String, Object> ruleOverrides, Set<String> nationalCodes) {
        Object value = ruleOverrides == null ? null : ruleOverrides.get(KEY);
        if (value == null) {
            return Parsed.NONE;
        }
        if (!(value instanceof List<?> list)) {
            throw new Problem(KEY, "phải là một danh sách (must be a list of award types)");
        }
        String prefix = provinceCode + "_";
        List<Addition> additions = new ArrayList<>();
        Map<String, Rewording> overrides = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String field = KEY + "[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> raw)) {
                throw new Problem(field, "phải là một ánh xạ (must be a mapping)");
            }
            Entry e = new Entry(field, raw);
            String code = e.text("code", true);
            if (!seen.add(code)) {
                throw new Problem(field + ".code", "mã trùng (duplicate code): " + code);
            }
            if (code.startsWith(prefix)) {
                e.onlyKeys(ADD_KEYS, "khóa không được hỗ trợ (unknown key); dùng: " + sorted(ADD_KEYS));
                additions.add(addition(e, code));
            } else if (nationalCodes.contains(code)) {
                for (String key : NATIONAL_ONLY) {
                    if (e.raw.containsKey(key)) {
                        throw new Problem(
                                field + "." + key,
                                "do pháp luật quốc gia quy định, tỉnh không được thay đổi (set by national law; a"
                                        + " province may not override it) — mã " + code);
                    }
                }
                e.onlyKeys(
                        OVERRIDE_KEYS, "tỉnh chỉ được ghi đè (a province may only override): " + sorted(OVERRIDE_KEYS));
                overrides.put(
                        code,
                        new Rewording(
                                code,
                                e.text("name-vi", false),
                                e.text("name-en", false),
                                e.text("legal-basis", false),
                                e.has("requires") ? e.parts("requires") : null,
                                e.has("decided-by") ? e.unitTypes("decided-by") : null));
            } else {
                throw new Problem(
                        field + ".code",
                        "không phải mã của danh mục quốc gia; mã tỉnh bổ sung phải bắt đầu bằng " + prefix
                                + " (not a national code; a province's own award type starts with " + prefix
                                + "): " + code);
            }
        }
        return new Parsed(List.copyOf(additions), Map.copyOf(overrides));
    }

    private static Addition addition(Entry e, String code) {
        AwardKind kind = e.enumValue("kind", AwardKind.class);
        Subject subject = e.enumValue("subject", Subject.class);
        String nameVi = e.text("name-vi", true);
        String nameEn = e.text("name-en", true);
        int rank;
        try {
            rank = Integer.parseInt(e.text("legal-rank", true));
        } catch (NumberFormatException ex) {
            throw new Problem(e.field + ".legal-rank", "phải là số nguyên (must be a whole number)");
        }
        BigDecimal coefficient;
        try {
            coefficient = new BigDecimal(e.text("coefficient", true));
        } catch (NumberFormatException ex) {
            throw new Problem(e.field + ".coefficient", "phải là một số, ví dụ 0.3 (must be a number such as 0.3)");
        }
        if (coefficient.signum() < 0) {
            throw new Problem(e.field + ".coefficient", "không được âm (must not be negative)");
        }
        Set<DossierPart> requires = e.has("requires") ? e.parts("requires") : Set.of();
        String scarceText = e.text("scarce", false);
        if (scarceText != null && !scarceText.equals("true") && !scarceText.equals("false")) {
            throw new Problem(e.field + ".scarce", "phải là true hoặc false (must be true or false)");
        }
        LocalDate validFrom = e.date("valid-from", true);
        LocalDate validTo = e.date("valid-to", false);
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new Problem(e.field + ".valid-to", "trước valid-from (ends before it starts)");
        }
        String legalBasis = e.text("legal-basis", true);
        if (!e.has("decided-by")) {
            throw new Problem(
                    e.field + ".decided-by", "bắt buộc (required): cấp nào quyết định (which unit types decide)");
        }
        Set<OrgUnitType> decidedBy = e.unitTypes("decided-by");
        return new Addition(
                new AwardTypeSummary(
                        code,
                        kind,
                        subject,
                        nameVi,
                        nameEn,
                        rank,
                        coefficient,
                        requires,
                        Boolean.parseBoolean(scarceText)),
                validFrom,
                validTo,
                legalBasis,
                decidedBy);
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }

    /** One entry of the list, read field by field so that each mistake names its field. */
    private record Entry(String field, Map<?, ?> raw) {

        boolean has(String key) {
            return raw.get(key) != null;
        }

        void onlyKeys(Set<String> allowed, String message) {
            for (Object key : raw.keySet()) {
                if (!allowed.contains(String.valueOf(key))) {
                    throw new Problem(field + "." + key, message);
                }
            }
        }

        String text(String key, boolean required) {
            Object v = raw.get(key);
            if (v == null || String.valueOf(v).isBlank() || "~".equals(v) || "null".equals(v)) {
                if (required) {
                    throw new Problem(field + "." + key, "bắt buộc (required)");
                }
                return null;
            }
            if (v instanceof Map<?, ?> || v instanceof List<?>) {
                throw new Problem(field + "." + key, "phải là một giá trị (must be a single value)");
            }
            return String.valueOf(v).trim();
        }

        LocalDate date(String key, boolean required) {
            String v = text(key, required);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException ex) {
                throw new Problem(field + "." + key, "ngày dạng YYYY-MM-DD (a date such as 2025-09-01): " + v);
            }
        }

        <E extends Enum<E>> E enumValue(String key, Class<E> type) {
            String v = text(key, true);
            try {
                return Enum.valueOf(type, v);
            } catch (IllegalArgumentException ex) {
                throw new Problem(field + "." + key, unknownValue(v, type));
            }
        }

        Set<DossierPart> parts(String key) {
            Set<DossierPart> parts = EnumSet.noneOf(DossierPart.class);
            List<?> values = list(key);
            for (int j = 0; j < values.size(); j++) {
                String v = String.valueOf(values.get(j)).trim();
                try {
                    parts.add(DossierPart.valueOf(v));
                } catch (IllegalArgumentException ex) {
                    throw new Problem(field + "." + key + "[" + j + "]", unknownValue(v, DossierPart.class));
                }
            }
            return Set.copyOf(parts);
        }

        Set<OrgUnitType> unitTypes(String key) {
            Set<OrgUnitType> types = EnumSet.noneOf(OrgUnitType.class);
            List<?> values = list(key);
            if (values.isEmpty()) {
                throw new Problem(field + "." + key, "không được để trống (must name at least one unit type)");
            }
            for (int j = 0; j < values.size(); j++) {
                String v = String.valueOf(values.get(j)).trim();
                try {
                    types.add(OrgUnitType.valueOf(v));
                } catch (IllegalArgumentException ex) {
                    throw new Problem(field + "." + key + "[" + j + "]", unknownValue(v, OrgUnitType.class));
                }
            }
            return Set.copyOf(types);
        }

        private List<?> list(String key) {
            if (!(raw.get(key) instanceof List<?> values)) {
                throw new Problem(field + "." + key, "phải là một danh sách (must be a list)");
            }
            return values;
        }

        private static String unknownValue(String v, Class<? extends Enum<?>> type) {
            return "giá trị không hợp lệ (unknown value) " + v + "; dùng: "
                    + java.util.Arrays.stream(type.getEnumConstants())
                            .map(Enum::name)
                            .toList();
        }
    }
}
