package vn.thidua.exemplar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.ViewTest;
import vn.thidua.exemplar.ConferenceProposal;
import vn.thidua.exemplar.ConferenceService;
import vn.thidua.shared.Dates;
import vn.thidua.submission.RoundSummary;
import vn.thidua.submission.SubmissionStatus;
import vn.thidua.submission.SubmissionSummary;

/**
 * The demo conference in the views: at MN Quang Trung, Lê Thị Hồng Nhung's page shows the ward's honour and Trần
 * Thị Hồng Hoa's "đã đề xuất"; the registry page shows the unit's counts and replication reach; the ward office sees
 * the same counts over its subtree; another school's page shows only its own (empty) counts.
 */
class ConferenceViewsTest extends ViewTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConferenceService conference;

    long exemplar(String name) {
        return jdbc.sql("select min(x.id) from exemplar x join exemplar_phase p on p.id = x.phase_id"
                        + " where x.tenant_id = :u and p.start_year = 2026 and p.end_year = 2030 and x.name = :n")
                .param("u", logins.unitId("MN-QUANGTRUNG-TN"))
                .param("n", name)
                .query(Long.class)
                .single();
    }

    @Test
    void theHonourFlowsBackAndTheProposedOneSaysSo() {
        loginAs("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        go("exemplars/" + exemplar("Lê Thị Hồng Nhung"));
        assertThat(errorTitle()).isNull();
        assertThat($(Div.class).id("exemplar-conference").getElement().getTextRecursively())
                .contains("05/12/2026")
                .contains("Biểu dương tại Hội nghị điển hình tiên tiến phường Phan Đình Phùng giai đoạn 2026–2030")
                .doesNotContain("Đã đề xuất");

        go("exemplars/" + exemplar("Trần Thị Hoa"));
        assertThat($(Div.class).id("exemplar-conference").getElement().getTextRecursively())
                .contains("Đã đề xuất")
                .contains("chưa được biểu dương")
                .doesNotContain("Biểu dương tại");

        go("exemplars/" + exemplar("Đỗ Thị Lan Anh"));
        assertThat($(Div.class).all())
                .noneMatch(d -> "exemplar-conference".equals(d.getId().orElse("")));
    }

    @Test
    void countsForTheSchoolAndAcrossTheWard() {
        loginAs("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        go("exemplars");
        assertThat($(Span.class).id("exemplars-stats").getText())
                .startsWith("Đơn vị: 3 điển hình")
                .contains("nhân rộng: 24 lượt người, 3 lượt đơn vị");

        loginAs("vhxh.pdp", "XA-PDP-TN");
        go("exemplars");
        assertThat(errorTitle()).isNull();
        // its own registry: two schools built as collective models, proposed to the department's conference
        assertThat($(Span.class).id("exemplars-stats").getText())
                .startsWith("Đơn vị: 2 điển hình")
                .contains("nhân rộng: 60 lượt người, 9 lượt đơn vị");
        // the ward's schools are counted by the read model, on the dashboard (DashboardViewsTest)
        assertThat($(Anchor.class).id("exemplars-stats-subtree").getHref()).isEqualTo("dashboard#dashboard-exemplars");

        loginAs("hieutruong.thtv", "TH-TRUNGVUONG-TN");
        go("exemplars");
        assertThat($(Span.class).id("exemplars-stats").getText()).startsWith("Đơn vị: 0 điển hình");
        assertThat($(Anchor.class).all())
                .noneMatch(a -> "exemplars-stats-subtree".equals(a.getId().orElse("")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDepartmentHasTheWardsTwoProposalsToActOn() {
        long round = jdbc.sql("select id from collection_round where kind = 'EXEMPLAR_CONFERENCE' and name = :n")
                .param("n", "Hội nghị điển hình tiên tiến ngành Giáo dục tỉnh Thái Nguyên giai đoạn 2026–2030")
                .query(Long.class)
                .single();
        loginAs("thiduakt.sgd.tn", "SGD-TN");
        go("exemplars/conference");
        assertThat(errorTitle()).isNull();
        Grid<ConferenceProposal> grid = $(Grid.class).id("conference-proposals-" + round);
        assertThat(List.of(test(grid).getRow(0), test(grid).getRow(1)))
                .allSatisfy(p -> {
                    assertThat(p.senderName()).isEqualTo("UBND phường Phan Đình Phùng – Phòng Văn hóa – Xã hội");
                    assertThat(p.honoured()).isFalse();
                })
                .extracting(ConferenceProposal::name)
                .containsExactlyInAnyOrder("Trường Mầm non Quang Trung", "Trường Tiểu học Trưng Vương");
        assertThat(test(grid).size()).isEqualTo(2);
        // the tờ trình is shortened in the grid (whole in its tooltip and DOCX)
        assertThat(test(grid).getCellText(0, 3)).endsWith("…").hasSizeLessThanOrEqualTo(81);
    }

    long demoRound() {
        return jdbc.sql("select id from collection_round where kind = 'EXEMPLAR_CONFERENCE' and name = :n")
                .param("n", "Hội nghị điển hình tiên tiến phường Phan Đình Phùng giai đoạn 2026–2030")
                .query(Long.class)
                .single();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWardSeesTheProposalsAndTheSchoolCanPropose() {
        long round = demoRound();
        loginAs("vhxh.pdp", "XA-PDP-TN");
        go("exemplars/conference");
        assertThat(errorTitle()).isNull();
        assertThat($(H2.class).id("conference-title").getText()).isEqualTo("Hội nghị điển hình tiên tiến");
        assertThat($(TextField.class).id("conference-round-name")).isNotNull(); // the ward may open a conference
        Grid<ConferenceProposal> grid = $(Grid.class).id("conference-proposals-" + round);
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(List.of(test(grid).getRow(0), test(grid).getRow(1)))
                .extracting(ConferenceProposal::name)
                .containsExactlyInAnyOrder("Lê Thị Hồng Nhung", "Trần Thị Hoa");
        assertThat(List.of(test(grid).getRow(0), test(grid).getRow(1)))
                .filteredOn(ConferenceProposal::honoured)
                .singleElement()
                .extracting(ConferenceProposal::name)
                .isEqualTo("Lê Thị Hồng Nhung");

        loginAs("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        go("exemplars/conference");
        assertThat(errorTitle()).isNull();
        assertThat($(MultiSelectComboBox.class).id("conference-propose-pick-" + round))
                .isNotNull();
        // a school has no member units to gather: no conference of its own
        assertThat($(TextField.class).all())
                .noneMatch(f -> "conference-round-name".equals(f.getId().orElse("")));
        // what the school sent: the first version returned with the ward's reason, the second accepted
        assertThat($(Div.class).id("conference-sent-" + round).getElement().getTextRecursively())
                .contains("Lần gửi 1", "Đã trả lại", "nêu rõ kết quả nhân rộng của từng điển hình")
                .contains("Lần gửi 2", "Đã tiếp nhận");
        assertThat($(Grid.class).all()).isEmpty();

        loginAs("gv.mnqt", "MN-QUANGTRUNG-TN");
        go("exemplars/conference");
        assertThat(errorTitle()).isNull();
        assertThat($(MultiSelectComboBox.class).all()).isEmpty();
    }

    String docxText(Anchor link) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        test(link).download(out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        }
    }

    /**
     * The ward returns a proposal on the conference page: the dialog refuses an empty reason with a message in it,
     * then the proposal shows as returned with its reason; the school sees the returned version with the reason on
     * its conference page and on the exemplar's page; both download the tờ trình (DOCX) of the proposal.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theWardReturnsAProposalWithAReasonAndTheSchoolSeesIt() throws Exception {
        logins.as("vhxh.pdp", "XA-PDP-TN");
        RoundSummary round = conference.openRound(
                "Hội nghị điển hình tiên tiến (trả lại trên trang — kiểm thử)",
                2026,
                2030,
                Dates.today().plusDays(10),
                null);
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        long hoa = exemplar("Trần Thị Hoa");
        SubmissionSummary sent = conference.propose(
                round.id(),
                List.of(hoa),
                "Đề nghị biểu dương cô Trần Thị Hoa.",
                UUID.randomUUID().toString());

        loginAs("vhxh.pdp", "XA-PDP-TN");
        go("exemplars/conference");
        assertThat(errorTitle()).isNull();
        Grid<ConferenceProposal> grid = $(Grid.class).id("conference-proposals-" + round.id());
        assertThat(test(grid).size()).isEqualTo(1);
        ConferenceProposal p = test(grid).getRow(0);
        assertThat(docxText($(Anchor.class).id("conference-statement-" + p.inboxSubmissionId())))
                .contains("TỜ TRÌNH", "TRƯỜNG MẦM NON QUANG TRUNG", "Trần Thị Hoa");
        HorizontalLayout actions = (HorizontalLayout) test(grid).getCellComponent(0, "actions");
        assertThat(actions.getChildren().map(c -> ((Button) c).getText()))
                .containsExactly("Tiếp nhận", "Biểu dương", "Trả lại");
        test((Button) actions.getChildren()
                        .filter(c ->
                                c.getId().orElse("").equals("conference-return-" + p.inboxSubmissionId() + "-" + hoa))
                        .findFirst()
                        .orElseThrow())
                .click();
        test($(Button.class).id("conference-return-confirm")).click();
        TextArea reason = $(TextArea.class).id("conference-return-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("lý do");
        assertThat(jdbc.sql("select status from submission where id = :id")
                        .param("id", p.inboxSubmissionId())
                        .query(String.class)
                        .single())
                .isEqualTo("SENT");
        test(reason).setValue("Thiếu báo cáo thành tích có xác nhận của nhà trường");
        test($(Button.class).id("conference-return-confirm")).click();
        grid = $(Grid.class).id("conference-proposals-" + round.id());
        assertThat(test(grid).getRow(0).status()).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(test(grid).getCellText(0, 4))
                .isEqualTo("Đã trả lại: Thiếu báo cáo thành tích có xác nhận của nhà trường");
        assertThat(((HorizontalLayout) test(grid).getCellComponent(0, "actions")).getChildren())
                .isEmpty();

        loginAs("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        go("exemplars/conference");
        assertThat(errorTitle()).isNull();
        assertThat($(Paragraph.class).id("conference-sent-status-" + sent.id()).getText())
                .contains("Lần gửi 1", "Trần Thị Hoa", "Đã trả lại")
                .contains("lý do: Thiếu báo cáo thành tích có xác nhận của nhà trường");
        assertThat(docxText($(Anchor.class).id("conference-sent-statement-" + sent.id())))
                .contains("TỜ TRÌNH", "Đề nghị biểu dương cô Trần Thị Hoa.");
        assertThat($(Anchor.class)
                        .id("conference-propose-preview-" + round.id())
                        .isEnabled())
                .isFalse();
        go("exemplars/" + hoa);
        assertThat($(Div.class).id("exemplar-conference").getElement().getTextRecursively())
                .contains("đã bị trả lại, lý do: Thiếu báo cáo thành tích có xác nhận của nhà trường");
    }
}
