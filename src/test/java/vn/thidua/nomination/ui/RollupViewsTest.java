package vn.thidua.nomination.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.ViewTest;
import vn.thidua.catalogue.AwardTypeSummary;
import vn.thidua.nomination.NominationService;
import vn.thidua.nomination.NomineeData;
import vn.thidua.shared.Dates;
import vn.thidua.submission.BoardRow;
import vn.thidua.submission.RoundData;
import vn.thidua.submission.RoundService;

/** The rollup views as their users see them, on the demo data and on rounds made for the test. */
class RollupViewsTest extends ViewTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RoundService rounds;

    @Autowired
    NominationService nominations;

    long provincialRound() {
        return jdbc.sql("select id from collection_round where name like 'Đề nghị Bằng khen%'")
                .query(Long.class)
                .single();
    }

    long dossierOf(String unitCode, long round) {
        return jdbc.sql("select id from dossier where tenant_id = :t and round_id = :r")
                .param("t", logins.unitId(unitCode))
                .param("r", round)
                .query(Long.class)
                .single();
    }

    @Test
    void theOfficeBoardShowsEveryMemberWithItsStatus() {
        loginAs("vhxh.pdp", "XA-PDP-TN");
        go("rounds/" + provincialRound() + "/board");
        @SuppressWarnings("unchecked")
        Grid<BoardRow> grid = $(Grid.class).id("board-grid");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(3);
        assertThat($(Span.class).id("board-summary").getText())
                .contains("Đã tiếp nhận: 1")
                .contains("Đã gửi – chờ duyệt: 1");
        int thtvRow = -1;
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).member().code().equals("TH-TRUNGVUONG-TN")) {
                thtvRow = i;
            }
        }
        test(grid).clickRow(thtvRow);
        assertThat($(H2.class).all().stream().map(H2::getText)).anyMatch(t -> t.startsWith("Đề nghị Bằng khen"));
        assertThat($(UnorderedList.class).id("panel-checklist").getChildren()).isNotEmpty();
        assertThat($(Grid.class).id("panel-history")).isNotNull();
    }

    @Test
    void returningWithoutAReasonIsRefusedAtTheFieldAndAReturnedDossierShowsTheReason() {
        loginAs("admin.sgd.tn", "SGD-TN");
        long round = rounds.open(new RoundData(
                        "Đợt kiểm thử giao diện " + UUID.randomUUID(),
                        "2026-2027",
                        Dates.today().plusDays(5),
                        Set.of("LDTT"),
                        null,
                        0))
                .id();
        loginAs("hieutruong.thcsnt", "THCS-NHATRANG-TN");
        long dossier = nominations.openDossier(round);
        nominations.addNominee(
                dossier,
                new NomineeData(
                        "INDIVIDUAL",
                        "LDTT",
                        "Mạc Văn Trường",
                        "Giáo viên Toán",
                        "THCS Nha Trang",
                        11,
                        "Hoàn thành tốt nhiệm vụ",
                        null,
                        null,
                        null,
                        null,
                        null,
                        0));
        nominations.attachMinutes(dossier, "bien-ban.pdf", "%PDF-1.4\n%%EOF\n".getBytes());
        nominations.send(dossier, UUID.randomUUID().toString());

        loginAs("vhxh.pdp", "XA-PDP-TN");
        go("rounds/" + round + "/board");
        @SuppressWarnings("unchecked")
        Grid<BoardRow> grid = $(Grid.class).id("board-grid");
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).member().code().equals("THCS-NHATRANG-TN")) {
                test(grid).clickRow(i);
            }
        }
        test($(Button.class).id("panel-return")).click();
        TextArea reason = $(TextArea.class).id("return-reason");
        test($(Button.class).id("return-confirm")).click();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("lý do");
        assertThat(jdbc.sql("select status from submission where tenant_id = :t and source_id = :d")
                        .param("t", logins.unitId("THCS-NHATRANG-TN"))
                        .param("d", dossier)
                        .query(String.class)
                        .single())
                .isEqualTo("SENT");

        test($(TextArea.class).id("return-reason")).setValue("Thiếu báo cáo thành tích của thầy Trường");
        test($(Button.class).id("return-confirm")).click();

        loginAs("hieutruong.thcsnt", "THCS-NHATRANG-TN");
        go("dossiers/" + dossier);
        assertThat($(Span.class).id("dossier-status").getText()).isEqualTo("Trả lại");
        assertThat($(Div.class).id("dossier-return-reason").getElement().getTextRecursively())
                .contains("Thiếu báo cáo thành tích");
        assertThat($(Button.class).id("dossier-send").isEnabled()).isTrue();
    }

    @Test
    void aPreparingSchoolSeesWhatIsMissingAndCannotSend() {
        loginAs("hieutruong.thcsnt", "THCS-NHATRANG-TN");
        go("dossiers/" + dossierOf("THCS-NHATRANG-TN", provincialRound()));
        assertThat($(Span.class).id("dossier-status").getText()).isEqualTo("Nháp");
        assertThat($(UnorderedList.class)
                        .id("dossier-checklist")
                        .getChildren()
                        .map(c -> ((ListItem) c).getElement().getText() + ((ListItem) c).getClassNames()))
                .anyMatch(t -> t.contains("check-missing"));
        assertThat($(Button.class).id("dossier-send").isEnabled()).isFalse();

        test($(Button.class).id("nominee-add")).click();
        @SuppressWarnings("unchecked")
        ComboBox<AwardTypeSummary> award = $(ComboBox.class).id("nominee-award");
        test(award).selectItem("Bằng khen của Chủ tịch UBND tỉnh (cá nhân)");
        test($(TextField.class).id("nominee-name")).setValue("Đoàn Thị Thu");
        test($(TextField.class).id("nominee-phone")).setValue("abc");
        test($(Button.class).id("nominee-save")).click();
        TextField phone = $(TextField.class).id("nominee-phone");
        assertThat(phone.isInvalid()).isTrue();
        test(phone).setValue("0987 654 321");
        test($(Button.class).id("nominee-save")).click();
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).id("nominee-grid");
        assertThat(test(grid).size()).isEqualTo(2);
    }

    @Test
    void aTeacherSeesHerAwardAndCannotOpenDossiers() {
        loginAs("gv.thtv", "TH-TRUNGVUONG-TN");
        go("awards");
        @SuppressWarnings("unchecked")
        Grid<Object> mine = $(Grid.class).id("award-mine");
        assertThat(test(mine).size()).isGreaterThanOrEqualTo(1);
        go("dossiers/" + dossierOf("TH-TRUNGVUONG-TN", provincialRound()));
        assertThat($(Grid.class).all())
                .noneMatch(g -> "nominee-grid".equals(g.getId().orElse(null)));
    }

    @Test
    void anotherUnitsDossierBoardOrDecisionIsNotFound() {
        long round = provincialRound();
        long mnqtDossier = dossierOf("MN-QUANGTRUNG-TN", round);
        long decision = jdbc.sql("select min(id) from award_decision where tenant_id = :t")
                .param("t", logins.unitId("XA-PDP-TN"))
                .query(Long.class)
                .single();
        loginAs("hieutruong.thtv", "TH-TRUNGVUONG-TN");
        go("dossiers/" + mnqtDossier);
        assertThat(errorTitle()).isEqualTo("Không tìm thấy");
        loginAs("hieutruong.thtv", "TH-TRUNGVUONG-TN");
        go("decisions/" + decision);
        assertThat(errorTitle()).isEqualTo("Không tìm thấy");
        loginAs("vhxh.tanhoco", "XA-TANHOCO-DT");
        go("rounds/" + round + "/board");
        assertThat(errorTitle()).isEqualTo("Không tìm thấy");
        go("dossiers/" + mnqtDossier);
        assertThat(errorTitle()).isEqualTo("Không tìm thấy");
    }

    @Test
    void aPrincipalStartsADecisionForHerOwnStaff() {
        loginAs("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        go("decisions");
        test($(Button.class).id("decision-create")).click();
        test($(Button.class).id("decision-create-confirm")).click();
        assertThat($(H2.class).id("decision-title").getText()).isEqualTo("Dự thảo quyết định khen thưởng");
        assertThat($(Button.class).all())
                .noneMatch(b -> "decision-add-items".equals(b.getId().orElse(null)));
        test($(Button.class).id("decision-add-own")).click();
        @SuppressWarnings("unchecked")
        ComboBox<AwardTypeSummary> award = $(ComboBox.class).id("own-award");
        assertThat(test(award).getSuggestions()).containsExactly("Giấy khen (cá nhân)");
        test(award).selectItem("Giấy khen (cá nhân)");
        test($(TextField.class).id("own-name")).setValue("Lương Thị Mai");
        test($(Button.class).id("own-save")).click();
        @SuppressWarnings("unchecked")
        Grid<Object> items = $(Grid.class).id("decision-items");
        assertThat(test(items).size()).isEqualTo(1);
    }

    @Test
    void theHomePageSaysWhatIsWaiting() {
        loginAs("vhxh.pdp", "XA-PDP-TN");
        go("");
        assertThat($(com.vaadin.flow.component.orderedlayout.VerticalLayout.class)
                        .id("home-todo")
                        .getElement()
                        .getTextRecursively())
                .contains("chờ duyệt — Đề nghị Bằng khen");
        loginAs("hieutruong.thcsnt", "THCS-NHATRANG-TN");
        go("");
        assertThat($(com.vaadin.flow.component.orderedlayout.VerticalLayout.class)
                        .id("home-todo")
                        .getElement()
                        .getTextRecursively())
                .contains("Hồ sơ \"Đề nghị Bằng khen");
    }

    @Test
    void theWardSeesItsIssuedDecisionWithHistory() {
        loginAs("vhxh.pdp", "XA-PDP-TN");
        go("decisions");
        @SuppressWarnings("unchecked")
        Grid<Object> list = $(Grid.class).id("decision-grid");
        assertThat(test(list).size()).isGreaterThanOrEqualTo(1);
        long decision = jdbc.sql("select min(id) from award_decision where tenant_id = :t and issued = true")
                .param("t", logins.unitId("XA-PDP-TN"))
                .query(Long.class)
                .single();
        go("decisions/" + decision);
        assertThat($(H2.class).id("decision-title").getText()).startsWith("Quyết định số 01/QĐ-");
        @SuppressWarnings("unchecked")
        Grid<Object> records = $(Grid.class).id("decision-records");
        assertThat(test(records).size()).isEqualTo(6);
    }
}
