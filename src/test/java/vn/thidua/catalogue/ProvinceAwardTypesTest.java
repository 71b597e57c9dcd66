package vn.thidua.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.thidua.tenancy.OrgUnitType;
import vn.thidua.tenancy.RuleOverridesCheck.Problem;

/** A province's award types as tenants-config delivers them (scalars as text): what is read, what is refused. */
class ProvinceAwardTypesTest {

    private static final Set<String> NATIONAL = Set.of("LDTT", "GIAY_KHEN_CN", "BANG_KHEN_TINH_TT");

    private static Map<String, Object> added() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", "TN_GIAY_KHEN_PT");
        m.put("kind", "FORM");
        m.put("subject", "INDIVIDUAL");
        m.put("name-vi", "Giấy khen phong trào (ví dụ)");
        m.put("name-en", "Movement certificate (example)");
        m.put("legal-rank", "9");
        m.put("coefficient", "0.3");
        m.put("requires", List.of("ACHIEVEMENT_REPORT"));
        m.put("valid-from", "2025-09-01");
        m.put("legal-basis", "Ví dụ");
        m.put("decided-by", List.of("PROVINCE_DEPT"));
        return m;
    }

    private static Map<String, Object> override() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", "BANG_KHEN_TINH_TT");
        m.put("name-vi", "Bằng khen của Chủ tịch UBND tỉnh Thái Nguyên (tập thể)");
        m.put("requires", List.of("ACHIEVEMENT_REPORT"));
        m.put("decided-by", List.of("PROVINCE_DEPT", "COMMUNE_OFFICE"));
        return m;
    }

    private static ProvinceAwardTypes.Parsed parse(List<?> entries) {
        return ProvinceAwardTypes.parse("TN", Map.of("award-types", entries), NATIONAL);
    }

    @Test
    void anAdditionAndAnOverrideAreRead() {
        var parsed = parse(List.of(added(), override()));

        assertThat(parsed.additions()).hasSize(1);
        var a = parsed.additions().getFirst();
        assertThat(a.summary().code()).isEqualTo("TN_GIAY_KHEN_PT");
        assertThat(a.summary().kind()).isEqualTo(AwardKind.FORM);
        assertThat(a.summary().subject()).isEqualTo(Subject.INDIVIDUAL);
        assertThat(a.summary().rank()).isEqualTo(9);
        assertThat(a.summary().coefficient()).isEqualByComparingTo(new BigDecimal("0.3"));
        assertThat(a.summary().requires()).containsExactly(DossierPart.ACHIEVEMENT_REPORT);
        assertThat(a.summary().scarce()).isFalse();
        assertThat(a.validFrom()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(a.validTo()).isNull();
        assertThat(a.decidedBy()).containsExactly(OrgUnitType.PROVINCE_DEPT);

        var o = parsed.overrides().get("BANG_KHEN_TINH_TT");
        assertThat(o.nameVi()).startsWith("Bằng khen của Chủ tịch UBND tỉnh Thái Nguyên");
        assertThat(o.nameEn()).isNull();
        assertThat(o.legalBasis()).isNull();
        assertThat(o.requires()).containsExactly(DossierPart.ACHIEVEMENT_REPORT);
        assertThat(o.decidedBy()).containsExactlyInAnyOrder(OrgUnitType.PROVINCE_DEPT, OrgUnitType.COMMUNE_OFFICE);
    }

    @Test
    void noKeyReadsNothing() {
        assertThat(ProvinceAwardTypes.parse("TN", Map.of(), NATIONAL).additions())
                .isEmpty();
        assertThat(ProvinceAwardTypes.parse("TN", Map.of(), NATIONAL).overrides())
                .isEmpty();
    }

    private static void refusedAdded(Consumer<Map<String, Object>> change, String field, String inMessage) {
        Map<String, Object> wrong = added();
        change.accept(wrong);
        assertThatThrownBy(() -> parse(List.of(override(), wrong)))
                .isInstanceOf(Problem.class)
                .hasMessageContaining(inMessage)
                .extracting(e -> ((Problem) e).field())
                .isEqualTo(field);
    }

    private static void refusedOverride(Consumer<Map<String, Object>> change, String field, String inMessage) {
        Map<String, Object> wrong = override();
        change.accept(wrong);
        assertThatThrownBy(() -> parse(List.of(added(), wrong)))
                .isInstanceOf(Problem.class)
                .hasMessageContaining(inMessage)
                .extracting(e -> ((Problem) e).field())
                .isEqualTo(field);
    }

    @Test
    void eachMistakeOfAnAdditionNamesItsField() {
        refusedAdded(m -> m.put("colour", "red"), "award-types[1].colour", "unknown key");
        refusedAdded(m -> m.put("kind", "DANH_HIEU"), "award-types[1].kind", "TITLE");
        refusedAdded(m -> m.put("subject", "PERSON"), "award-types[1].subject", "INDIVIDUAL");
        refusedAdded(m -> m.remove("name-vi"), "award-types[1].name-vi", "required");
        refusedAdded(m -> m.put("legal-rank", "cao"), "award-types[1].legal-rank", "whole number");
        refusedAdded(m -> m.put("coefficient", "0,3"), "award-types[1].coefficient", "number");
        refusedAdded(m -> m.put("coefficient", "-1"), "award-types[1].coefficient", "negative");
        refusedAdded(
                m -> m.put("requires", List.of("ACHIEVEMENT_REPORT", "PHOTO")), "award-types[1].requires[1]", "PHOTO");
        refusedAdded(m -> m.put("requires", "ACHIEVEMENT_REPORT"), "award-types[1].requires", "list");
        refusedAdded(m -> m.put("valid-from", "01/09/2025"), "award-types[1].valid-from", "YYYY-MM-DD");
        refusedAdded(m -> m.put("valid-to", "2024-01-01"), "award-types[1].valid-to", "before");
        refusedAdded(m -> m.remove("decided-by"), "award-types[1].decided-by", "required");
        refusedAdded(m -> m.put("decided-by", List.of()), "award-types[1].decided-by", "at least one");
        refusedAdded(m -> m.put("decided-by", List.of("SO_GD")), "award-types[1].decided-by[0]", "PROVINCE_DEPT");
        refusedAdded(m -> m.put("scarce", "yes"), "award-types[1].scarce", "true or false");
    }

    @Test
    void aCodeNeitherNationalNorOfTheProvinceIsRefused() {
        refusedAdded(m -> m.put("code", "HN_GIAY_KHEN_PT"), "award-types[1].code", "TN_");
        refusedAdded(m -> m.put("code", "GIAY_KHEN_PT"), "award-types[1].code", "not a national code");
    }

    @Test
    void aDuplicateCodeIsRefused() {
        assertThatThrownBy(() -> parse(List.of(added(), override(), added())))
                .isInstanceOf(Problem.class)
                .hasMessageContaining("duplicate")
                .extracting(e -> ((Problem) e).field())
                .isEqualTo("award-types[2].code");
    }

    @Test
    void kindSubjectAndCoefficientOfANationalCodeAreNationalLaw() {
        refusedOverride(m -> m.put("kind", "TITLE"), "award-types[1].kind", "national law");
        refusedOverride(m -> m.put("subject", "INDIVIDUAL"), "award-types[1].subject", "national law");
        refusedOverride(m -> m.put("coefficient", "5.0"), "award-types[1].coefficient", "national law");
        refusedOverride(m -> m.put("legal-rank", "50"), "award-types[1].legal-rank", "may only override");
        refusedOverride(m -> m.put("valid-to", "2026-01-01"), "award-types[1].valid-to", "may only override");
        refusedOverride(m -> m.put("decided-by", List.of("PHONG")), "award-types[1].decided-by[0]", "COMMUNE_OFFICE");
    }

    @Test
    void theKeyMustHoldAListOfMappings() {
        assertThatThrownBy(() -> ProvinceAwardTypes.parse("TN", Map.of("award-types", "TN_X"), NATIONAL))
                .isInstanceOf(Problem.class)
                .extracting(e -> ((Problem) e).field())
                .isEqualTo("award-types");
        assertThatThrownBy(() -> parse(List.of("TN_X")))
                .isInstanceOf(Problem.class)
                .extracting(e -> ((Problem) e).field())
                .isEqualTo("award-types[0]");
    }
}
