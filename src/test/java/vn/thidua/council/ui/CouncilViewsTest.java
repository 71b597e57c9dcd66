package vn.thidua.council.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.ViewTest;
import vn.thidua.catalogue.AwardTypeSummary;
import vn.thidua.council.CandidateSummary;
import vn.thidua.council.Choice;

/**
 * The demo council of MN Quang Trung in the views: the officer's council page and a closed session with its results
 * and minutes; a voting session; a member casting a secret ballot on the "Bỏ phiếu" page, once.
 */
class CouncilViewsTest extends ViewTest {

    @Autowired
    JdbcClient jdbc;

    long session(String status) {
        return jdbc.sql("select max(id) from council_session where tenant_id = :u and status = :s")
                .param("u", logins.unitId("MN-QUANGTRUNG-TN"))
                .param("s", status)
                .query(Long.class)
                .single();
    }

    String text() {
        return UI.getCurrent().getElement().getTextRecursively();
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePrincipalSeesTheCouncilAndAClosedSessionWithItsResultsAndMinutes() {
        loginAs("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        go("council");
        assertThat($(SideNav.class).first().getItems().stream().map(SideNavItem::getLabel))
                .contains("Hội đồng TĐKT", "Bỏ phiếu");
        assertThat(test((Grid<Object>) $(Grid.class).id("council-members")).size())
                .isEqualTo(7);
        assertThat(test((Grid<Object>) $(Grid.class).id("council-sessions")).size())
                .isGreaterThanOrEqualTo(2);

        go("council/sessions/" + session("CLOSED"));
        assertThat(errorTitle()).isNull();
        assertThat($(Span.class).id("session-status").getText()).isEqualTo("Đã kết thúc");
        assertThat($(Span.class).id("session-quorum").getText())
                .startsWith("Có mặt 6/7 thành viên – đủ tỷ lệ 2/3 (cần 5)");
        assertThat($(Span.class).id("session-dossier").getText()).contains("biên bản đã đính kèm");
        assertThat($(Span.class).id("session-passed").getText()).isEqualTo("Đạt: 2/3 trường hợp");
        assertThat($(Anchor.class).id("session-minutes").getText()).isEqualTo("Tải biên bản họp (DOCX)");
        assertThat(test((Grid<Object>) $(Grid.class).id("session-candidates")).size())
                .isEqualTo(3);
        // beside a person of the school: her recorded yearly score (a Giấy khen has no title conditions)
        var candidates =
                (Grid<vn.thidua.council.CandidateSummary>) $(Grid.class).id("session-candidates");
        int thao = java.util.stream.IntStream.range(0, test(candidates).size())
                .filter(i -> test(candidates).getRow(i).name().equals("Dương Phương Thảo"))
                .findFirst()
                .orElseThrow();
        assertThat(((Span) test(candidates).getCellComponent(thao, "standing")).getText())
                .isEqualTo("91,33/100 (Tốt)");

        go("council/sessions/" + session("VOTING"));
        assertThat($(Span.class).id("session-status").getText()).isEqualTo("Đang bỏ phiếu");
        assertThat($(Span.class).id("session-ballots-cast").getText())
                .matches("Đã có \\d/6 thành viên có mặt bỏ phiếu.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMemberCastsASecretBallotOnceAndAnAbsentMemberCannot() {
        long voting = session("VOTING");
        loginAs("totruong.vp.mnqt", "MN-QUANGTRUNG-TN");
        go("ballot");
        assertThat($(Span.class).id("ballot-state-" + voting).getText()).startsWith("Đang bỏ phiếu");
        for (RadioButtonGroup<Choice> group : $(RadioButtonGroup.class).all()) {
            if (group.getId().orElse("").startsWith("ballot-choice-") && group.isEnabled()) {
                group.setValue(Choice.YES);
            }
        }
        test($(Button.class).id("ballot-cast-" + voting)).click();
        assertThat($(Span.class).id("ballot-state-" + voting).getText()).isEqualTo("Bạn đã bỏ phiếu. Cảm ơn!");
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().orElse("").equals("ballot-cast-" + voting));
        assertThat(jdbc.sql("select has_voted from council_attendee a join user_account u on u.id = a.user_id"
                                + " where a.session_id = :s and u.username = 'totruong.vp.mnqt'")
                        .param("s", voting)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        loginAs("totruong.nt.mnqt", "MN-QUANGTRUNG-TN"); // absent from today's session
        go("ballot");
        assertThat($(Span.class).id("ballot-state-" + voting).getText()).startsWith("Bạn được ghi nhận vắng mặt");
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().orElse("").equals("ballot-cast-" + voting));
    }

    @Test
    void aTeacherOutsideTheCouncilHasNoCouncilMenu() {
        loginAs("gv.mnqt", "MN-QUANGTRUNG-TN");
        go("");
        assertThat($(SideNav.class).first().getItems().stream().map(SideNavItem::getLabel))
                .doesNotContain("Hội đồng TĐKT", "Bỏ phiếu");
        assertThat(text()).doesNotContain("Bỏ phiếu kín");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSecretaryOpensASessionAddsACandidateAndCannotStartWithoutQuorum() {
        loginAs("thuky.mnqt", "MN-QUANGTRUNG-TN");
        go("council");
        test($(TextField.class).id("council-new-place")).setValue("Phòng họp tầng 2");
        test($(Button.class).id("council-new-open")).click();
        assertThat($(H2.class).id("session-title").getText()).startsWith("Phiên họp Hội đồng TĐKT ngày");
        assertThat($(Span.class).id("session-status").getText()).isEqualTo("Chuẩn bị");
        assertThat($(Span.class).id("session-quorum").getText())
                .startsWith("Có mặt 0/7 thành viên – chưa đủ tỷ lệ 2/3");

        test($(TextField.class).id("session-add-name")).setValue("Tổ chuyên môn khối Nhà trẻ");
        ComboBox<AwardTypeSummary> award = $(ComboBox.class).id("session-add-award");
        award.setValue(award.getListDataView()
                .getItems()
                .filter(a -> a.code().equals("GIAY_KHEN_TT"))
                .findFirst()
                .orElseThrow());
        test($(Button.class).id("session-add-candidate")).click();
        Grid<CandidateSummary> candidates = $(Grid.class).id("session-candidates");
        assertThat(test(candidates).size()).isEqualTo(1);
        assertThat(test(candidates).getRow(0).ruleWords())
                .isEqualTo("Đạt từ 1/2 số thành viên Hội đồng có mặt đồng ý trở lên");

        test($(Button.class).id("session-start")).click();
        assertThat($(Span.class).id("session-status").getText())
                .as("no quorum: the vote does not start")
                .isEqualTo("Chuẩn bị");
    }
}
