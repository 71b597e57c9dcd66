package vn.thidua.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.IntegrationTest;
import vn.thidua.TestLogins;
import vn.thidua.shared.BusinessException;

/**
 * The catalogue as each province's units see it, with the shipped tenants-config: Thái Nguyên's illustrative
 * award form and its wording of BANG_KHEN_TINH_TT apply to Thái Nguyên units only.
 */
@IntegrationTest
class ProvinceCatalogueIT {

    static final String TN_FORM = "TN_GIAY_KHEN_SGD_PTTD";
    static final LocalDate DAY = LocalDate.of(2026, 10, 1);

    @Autowired
    CatalogueService catalogue;

    @Autowired
    TestLogins logins;

    @AfterEach
    void logout() {
        logins.logout();
    }

    @Test
    void aThaiNguyenUnitSeesTheProvinceFormAndItsWording() {
        logins.as("admin.sgd.tn", "SGD-TN");

        assertThat(catalogue.awardTypes(DAY)).extracting(AwardTypeSummary::code).contains(TN_FORM, "LDTT");
        AwardTypeSummary form = catalogue.get(TN_FORM);
        assertThat(form.kind()).isEqualTo(AwardKind.FORM);
        assertThat(form.subject()).isEqualTo(Subject.INDIVIDUAL);
        assertThat(form.nameVi()).contains("ví dụ minh họa");
        assertThat(form.requires()).containsExactly(DossierPart.ACHIEVEMENT_REPORT);
        // before the province's form is in force it is not offered
        assertThat(catalogue.awardTypes(LocalDate.of(2025, 8, 31)))
                .extracting(AwardTypeSummary::code)
                .doesNotContain(TN_FORM);

        assertThat(catalogue.mayDecide(TN_FORM, "PROVINCE_DEPT")).isTrue();
        assertThat(catalogue.mayDecide(TN_FORM, "SCHOOL")).isFalse();
        // 0.3 × 2,530,000 = 759,000, rounded up to 10,000
        assertThat(catalogue.amount(TN_FORM, DAY)).isEqualTo(760_000);

        AwardTypeSummary overridden = catalogue.get("BANG_KHEN_TINH_TT");
        assertThat(overridden.nameVi()).isEqualTo("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên (tập thể)");
        assertThat(overridden.nameEn()).isEqualTo("Certificate of Merit of the Provincial Chairman (collective)");
        assertThat(overridden.coefficient()).isEqualByComparingTo("3.0");
        assertThat(catalogue.legalBasis("BANG_KHEN_TINH_TT"))
                .hasValueSatisfying(b -> assertThat(b).contains("Quy chế TĐKT tỉnh Thái Nguyên"));
        assertThat(catalogue.mayDecide("BANG_KHEN_TINH_TT", "PROVINCE_DEPT")).isTrue();
    }

    @Test
    void aSchoolOfThaiNguyenSeesItTooButMayNotDecideIt() {
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");

        assertThat(catalogue.awardTypes(DAY)).extracting(AwardTypeSummary::code).contains(TN_FORM);
        assertThat(catalogue.mayDecide(TN_FORM, "SCHOOL")).isFalse();
        assertThat(catalogue.get("BANG_KHEN_TINH_TT").nameVi()).contains("Thái Nguyên");
    }

    @Test
    void aHaNoiUnitSeesTheNationalCatalogueOnly() {
        logins.as("admin.sgd.hn", "SGD-HN");

        assertThat(catalogue.awardTypes(DAY)).extracting(AwardTypeSummary::code).doesNotContain(TN_FORM);
        assertThat(catalogue.awardTypes(DAY)).noneMatch(t -> t.code().startsWith("TN_"));
        assertThat(catalogue.find(TN_FORM)).isEmpty();
        assertThatThrownBy(() -> catalogue.get(TN_FORM)).isInstanceOf(BusinessException.class);
        assertThat(catalogue.mayDecide(TN_FORM, "PROVINCE_DEPT")).isFalse();
        assertThat(catalogue.get("BANG_KHEN_TINH_TT").nameVi()).isEqualTo("Bằng khen của Chủ tịch UBND tỉnh (tập thể)");
        assertThat(catalogue.legalBasis("BANG_KHEN_TINH_TT"))
                .hasValue("Luật TĐKT 06/2022 Điều 72, NĐ 152/2025 Điều 53");
    }

    @Test
    void withNoUserTheNationalCatalogueIsListedAndAStoredProvinceCodeStillResolves() {
        logins.logout();

        assertThat(catalogue.awardTypes(DAY)).extracting(AwardTypeSummary::code).doesNotContain(TN_FORM);
        assertThat(catalogue.get("BANG_KHEN_TINH_TT").nameVi()).isEqualTo("Bằng khen của Chủ tịch UBND tỉnh (tập thể)");
        // a job reading a Thái Nguyên decision of the province's form still finds it by its code
        assertThat(catalogue.find(TN_FORM)).isPresent();
        assertThat(catalogue.amount(TN_FORM, DAY)).isEqualTo(760_000);
    }
}
