package vn.thidua.tenancy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.ViewTest;
import vn.thidua.tenancy.OrgUnitSummary;
import vn.thidua.tenancy.OrgUnitType;

class TenancyViewsTest extends ViewTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOfficeSeesItsMemberSchoolsInTheTreeAndCanSearchThem() {
        loginAs("vhxh.pdp", "XA-PDP-TN");
        navigate(OrgTreeView.class);
        @SuppressWarnings("unchecked")
        TreeGrid<OrgUnitSummary> tree = $(TreeGrid.class).id("org-tree");
        assertThat(test(tree).size()).isGreaterThanOrEqualTo(4); // the office, expanded, and its three schools
        assertThat(test(tree).getRow(0).code()).isEqualTo("XA-PDP-TN");

        test($(TextField.class).id("tree-search")).setValue("quang trung");
        @SuppressWarnings("unchecked")
        Grid<OrgUnitSummary> results = $(Grid.class).id("org-search-results");
        assertThat(results.isVisible()).isTrue();
        assertThat(test(results).size()).isEqualTo(1);
        assertThat(test(results).getRow(0).code()).isEqualTo("MN-QUANGTRUNG-TN");

        test($(TextField.class).id("tree-search")).setValue("tân hộ cơ");
        assertThat(test(results).size()).as("another province is never listed").isZero();
    }

    @Test
    void theDepartmentFiltersByTypeAndSeesClosedUnitsOnRequest() {
        loginAs("thiduakt.sgd.tn", "SGD-TN");
        navigate(OrgTreeView.class);
        @SuppressWarnings("unchecked")
        Select<OrgUnitType> type = $(Select.class).all().stream()
                .filter(s -> s.getLabel() != null && s.getLabel().equals("Loại hình"))
                .findFirst()
                .orElseThrow();
        test(type).selectItem("Phòng GD&ĐT (cấp huyện, trước 01/07/2025)");
        @SuppressWarnings("unchecked")
        Grid<OrgUnitSummary> results = $(Grid.class).id("org-search-results");
        assertThat(test(results).size()).as("district offices are closed today").isZero();
        @SuppressWarnings("unchecked")
        Select<String> status = $(Select.class).all().stream()
                .filter(s -> "Trạng thái".equals(s.getLabel()))
                .findFirst()
                .orElseThrow();
        test(status).selectItem("Kể cả đơn vị đã giải thể");
        assertThat(test(results).size()).isEqualTo(1);
        assertThat(test(results).getRow(0).code()).isEqualTo("PGD-TPTN");
    }

    @Test
    void aSchoolAdministratorEditsItsProfileAndTheChangeIsAudited() {
        loginAs("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        navigate(UnitProfileView.class);
        assertThat($(H2.class).id("profile-title").getText()).isEqualTo("Trường Mầm non Quang Trung");
        test($(TextField.class).id("profile-phone")).setValue("0208 385 5123");
        test($(TextField.class).id("profile-head")).setValue("Nguyễn Thị Thanh Hương");
        test($(Button.class).id("profile-save")).click();
        assertThat(jdbc.sql("select phone from unit_profile p join org_unit u on u.id = p.tenant_id"
                                + " where u.code = 'MN-QUANGTRUNG-TN'")
                        .query(String.class)
                        .single())
                .isEqualTo("0208 385 5123");
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where entity_type = 'UNIT_PROFILE' and actor = 'hieutruong.mnqt'"
                                        + " and changes like '%0208 385 5123%'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aBadPhoneIsShownAtTheFieldAndNothingIsSaved() {
        loginAs("hieutruong.thcsthc", "THCS-TANHOCO-DT");
        navigate(UnitProfileView.class);
        long before = jdbc.sql("select count(*) from audit_entry where entity_type = 'UNIT_PROFILE'")
                .query(Long.class)
                .single();
        TextField phone = $(TextField.class).id("profile-phone");
        test(phone).setValue("gọi cho tôi");
        test($(Button.class).id("profile-save")).click();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(phone.getErrorMessage()).contains("Số điện thoại");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'UNIT_PROFILE'")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void aTeacherSeesTheProfileReadOnly() {
        loginAs("gv.mnqt", "MN-QUANGTRUNG-TN");
        navigate(UnitProfileView.class);
        assertThat($(TextField.class).id("profile-phone").isReadOnly()).isTrue();
        assertThat($(Button.class).all())
                .noneMatch(b -> "profile-save".equals(b.getId().orElse(null)));
    }

    @Test
    void anOfficeOpensAMemberSchoolProfileButNotAnotherCommuneOrProvince() {
        loginAs("vhxh.pdp", "XA-PDP-TN");
        long member = logins.unitId("MN-QUANGTRUNG-TN");
        go("units/" + member + "/profile");
        assertThat($(H2.class).id("profile-title").getText()).isEqualTo("Trường Mầm non Quang Trung");
        assertThat($(TextField.class).id("profile-phone").isReadOnly())
                .as("only the school's own admin edits")
                .isTrue();
        for (String foreign : new String[] {"MN-THINHDAN-TN", "THCS-TANHOCO-DT", "SGD-TN"}) {
            go("units/" + logins.unitId(foreign) + "/profile");
            assertThat(errorTitle()).as(foreign).isEqualTo("Không tìm thấy");
        }
        go("units/999999/profile");
        assertThat(errorTitle()).isEqualTo("Không tìm thấy");
    }

    @Test
    void aSchoolUserTypingAnotherSchoolsIdGetsNotFound() {
        loginAs("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        go("units/" + logins.unitId("TH-TRUNGVUONG-TN") + "/profile");
        assertThat(errorTitle()).isEqualTo("Không tìm thấy");
        go("units/" + logins.unitId("TH-TRUNGVUONG-TN") + "/users");
        assertThat(errorTitle()).isEqualTo("Không tìm thấy");
        go("units/" + logins.unitId("TH-TRUNGVUONG-TN") + "/users/import");
        assertThat(errorTitle()).isEqualTo("Không tìm thấy");
    }
}
