package vn.thidua.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import vn.thidua.ViewTest;
import vn.thidua.identity.ActiveUnitService;
import vn.thidua.identity.PortalAuthentication;
import vn.thidua.identity.UnitChoice;
import vn.thidua.tenancy.OrgUnitSummary;

class ShellViewsTest extends ViewTest {

    @Autowired
    ActiveUnitService activeUnits;

    @Autowired
    JdbcClient jdbc;

    private List<String> menu() {
        return $(SideNav.class).first().getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }

    @Test
    void theLoginPageIsVietnameseAndExplainsALockedAccount() {
        logins.logout();
        LoginView view = navigate(LoginView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Cổng Thi đua – Khen thưởng");
        assertThat(view.shownTexts().getForm().getUsername()).isEqualTo("Tên đăng nhập");
        VaadinSession.getCurrent()
                .getSession()
                .setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new LockedException("login.error.locked"));
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("error", "")));
        LoginView withError = (LoginView) getCurrentView();
        assertThat($(LoginForm.class).first().isError()).isTrue();
        assertThat(withError.shownTexts().getErrorMessage().getMessage()).contains("tạm khóa");
    }

    @Test
    void aSchoolHomeShowsItsProfileAndStaffAndTheShellItsPlaceInTheTree() {
        loginAs("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        navigate(HomeView.class);
        assertThat($(H2.class).id("home-title").getText()).isEqualTo("Trường Mầm non Quang Trung");
        @SuppressWarnings("unchecked")
        Grid<Object> members = $(Grid.class).id("home-members");
        assertThat(test(members).size()).isGreaterThanOrEqualTo(10);
        assertThat($(Div.class).id("active-unit-breadcrumb").getElement().getTextRecursively())
                .isEqualTo("Sở Giáo dục và Đào tạo Thái Nguyên › UBND phường Phan Đình Phùng – Phòng Văn hóa – Xã hội"
                        + " › Trường Mầm non Quang Trung");
        assertThat(menu())
                .contains("Trang chủ", "Hồ sơ đơn vị", "Người dùng", "Nhật ký thay đổi")
                .doesNotContain("Cây đơn vị");
        @SuppressWarnings("unchecked")
        Select<UnitChoice> switcher = $(Select.class).id("unit-switcher");
        assertThat(switcher.isVisible())
                .as("a principal who also sits on the ward council")
                .isTrue();
    }

    @Test
    void aTeacherSeesNoAdministration() {
        loginAs("gv.mnqt", "MN-QUANGTRUNG-TN");
        navigate(HomeView.class);
        assertThat(menu())
                .containsExactly(
                        "Trang chủ",
                        "Hồ sơ đơn vị",
                        "Phong trào thi đua",
                        "Kế hoạch",
                        "Tiêu chuẩn danh hiệu",
                        "Đăng ký thi đua",
                        "Bảng điểm của tôi",
                        "Điển hình tiên tiến",
                        "Thư viện điển hình",
                        "Công khai danh sách",
                        "Khen thưởng đã nhận");
        assertThat($(Grid.class).all()).isEmpty();
    }

    @Test
    void anOfficeHomeListsItsMemberSchools() {
        loginAs("vhxh.pdp", "XA-PDP-TN");
        navigate(HomeView.class);
        @SuppressWarnings("unchecked")
        Grid<OrgUnitSummary> units = $(Grid.class).id("home-member-units");
        assertThat(test(units).size()).isEqualTo(3);
        assertThat(List.of(
                        test(units).getRow(0).code(),
                        test(units).getRow(1).code(),
                        test(units).getRow(2).code()))
                .containsExactlyInAnyOrder("MN-QUANGTRUNG-TN", "TH-TRUNGVUONG-TN", "THCS-NHATRANG-TN");
        assertThat(menu()).contains("Cây đơn vị");
    }

    @Test
    void theDepartmentHomeCountsItsTree() {
        loginAs("thiduakt.sgd.tn", "SGD-TN");
        navigate(HomeView.class);
        assertThat($(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class)
                        .id("home-counts")
                        .getElement()
                        .getTextRecursively())
                .contains("Trường học")
                .contains("UBND cấp xã");
    }

    @Test
    void switchingTheActiveUnitChangesTheTenant() {
        PortalAuthentication school = logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        assertThat(activeUnits.myUnits())
                .extracting(UnitChoice::unitName)
                .containsExactly("Trường Mầm non Quang Trung", "UBND phường Phan Đình Phùng – Phòng Văn hóa – Xã hội");
        PortalAuthentication ward = activeUnits.switchTo(logins.unitId("XA-PDP-TN"));
        assertThat(ward.getPrincipal().activeUnitId()).isEqualTo(logins.unitId("XA-PDP-TN"));
        assertThat(ward.getAuthorities())
                .extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_UNIT_VIEW", "ROLE_AWARD_VIEW", "ROLE_PLAN_VIEW", "ROLE_COUNCIL_VOTE");
        assertThat(school.getAuthorities()).extracting(Object::toString).contains("ROLE_USER_MANAGE");
    }

    @Test
    void switchingToAUnitOneDoesNotBelongToIsRefused() {
        logins.as("gv.mnqt", "MN-QUANGTRUNG-TN");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> activeUnits.switchTo(logins.unitId("XA-PDP-TN")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void theLanguageChoiceIsRememberedAndAudited() {
        logins.as("gv.thtv", "TH-TRUNGVUONG-TN");
        PortalAuthentication en = activeUnits.changeLocale("en");
        assertThat(en.getPrincipal().locale()).isEqualTo("en");
        assertThat(jdbc.sql("select locale from user_account where username = 'gv.thtv'")
                        .query(String.class)
                        .single())
                .isEqualTo("en");
        assertThat(UI.getCurrent().getTranslation(Locale.ENGLISH, "menu.home")).isEqualTo("Home");
        activeUnits.changeLocale("vi");
    }

    @Test
    void anUnknownErrorShowsAFriendlyPageWithoutAStackTrace() {
        loginAs("gv.mnqt", "MN-QUANGTRUNG-TN");
        go("units/abc/profile");
        String text = UI.getCurrent().getElement().getTextRecursively();
        assertThat(text).doesNotContain("Exception").doesNotContain("at vn.thidua");
        assertThat(errorTitle()).isEqualTo("Không tìm thấy");
    }
}
