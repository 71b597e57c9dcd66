package vn.thidua.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.IntegrationTest;

/** The dated tree built from the shipped tenants-config (the 2025 reform included). */
@IntegrationTest
class OrgUnitServiceIT {

    static final LocalDate BEFORE_REFORM = LocalDate.of(2024, 5, 31);
    static final LocalDate AFTER_REFORM = LocalDate.of(2025, 9, 5);

    @Autowired
    OrgUnitService orgUnits;

    private OrgUnitSummary unit(String code) {
        return orgUnits.findByCode(code).orElseThrow();
    }

    @Test
    void aPreschoolReportedToTheDistrictOfficeBeforeTheReformAndToItsCommuneAfter() {
        long school = unit("MN-QUANGTRUNG-TN").id();
        assertThat(orgUnits.reportsTo(school, BEFORE_REFORM))
                .map(OrgUnitSummary::code)
                .contains("PGD-TPTN");
        assertThat(orgUnits.reportsTo(school, AFTER_REFORM))
                .map(OrgUnitSummary::code)
                .contains("XA-PDP-TN");
        assertThat(orgUnits.ancestors(school)).extracting(OrgUnitSummary::code).containsExactly("SGD-TN", "XA-PDP-TN");
    }

    @Test
    void anUpperSecondaryReportsStraightToTheDepartment() {
        OrgUnitSummary thpt = unit("THPT-CHUYEN-TN");
        assertThat(thpt.depth()).isEqualTo(1);
        assertThat(orgUnits.reportsTo(thpt.id(), AFTER_REFORM))
                .map(OrgUnitSummary::code)
                .contains("SGD-TN");
    }

    @Test
    void districtOfficesClosedOnTheReformDayWithSuccessors() {
        OrgUnitSummary office = unit("PGD-TANHONG-DT");
        assertThat(office.type()).isEqualTo(OrgUnitType.DISTRICT_OFFICE);
        assertThat(office.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(office.activeOn(BEFORE_REFORM)).isTrue();
        assertThat(office.activeOn(AFTER_REFORM)).isFalse();
        assertThat(orgUnits.successors(office.id()))
                .extracting(OrgUnitSummary::code)
                .contains("XA-TANHOCO-DT");
    }

    @Test
    void kienGiangMergedIntoAnGiang() {
        OrgUnitSummary kg = unit("SGD-KG");
        assertThat(kg.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(orgUnits.successors(kg.id()))
                .extracting(OrgUnitSummary::code)
                .containsExactly("SGD-AG");
        long office = unit("PGD-VINHTHUAN-KG").id();
        assertThat(orgUnits.reportsTo(office, BEFORE_REFORM))
                .map(OrgUnitSummary::code)
                .contains("SGD-KG");
    }

    @Test
    void subtreeAndActiveOnFollowTheDate() {
        long sgd = unit("SGD-TN").id();
        assertThat(orgUnits.subtree(sgd))
                .extracting(OrgUnitSummary::code)
                .contains("SGD-TN", "XA-PDP-TN", "MN-QUANGTRUNG-TN", "THPT-CHUYEN-TN", "PGD-TPTN")
                .doesNotContain("SGD-DT", "THCS-TANHOCO-DT");
        assertThat(orgUnits.activeOn(sgd, AFTER_REFORM))
                .extracting(OrgUnitSummary::code)
                .contains("XA-PDP-TN")
                .doesNotContain("PGD-TPTN");
        assertThat(orgUnits.activeOn(sgd, BEFORE_REFORM))
                .extracting(OrgUnitSummary::code)
                .contains("PGD-TPTN")
                .doesNotContain("XA-PDP-TN");
        assertThat(orgUnits.isInSubtree(sgd, unit("MN-QUANGTRUNG-TN").id())).isTrue();
        assertThat(orgUnits.isInSubtree(unit("MN-QUANGTRUNG-TN").id(), sgd)).isFalse();
    }

    @Test
    void countsBelowByTypeAndAncestorNamesComeFromSingleQueries() {
        long sgd = unit("SGD-TN").id();
        assertThat(orgUnits.countBelowByType(sgd, AFTER_REFORM))
                .containsEntry(OrgUnitType.COMMUNE_OFFICE, 2L)
                .containsEntry(OrgUnitType.SCHOOL, 8L)
                .doesNotContainKey(OrgUnitType.DISTRICT_OFFICE)
                .doesNotContainKey(OrgUnitType.PROVINCE_DEPT);
        assertThat(orgUnits.countBelowByType(sgd, BEFORE_REFORM)).containsEntry(OrgUnitType.DISTRICT_OFFICE, 1L);
        assertThat(orgUnits.ancestorNames(unit("MN-QUANGTRUNG-TN")))
                .containsExactly(
                        "Sở Giáo dục và Đào tạo Thái Nguyên", "UBND phường Phan Đình Phùng – Phòng Văn hóa – Xã hội");
    }
}
