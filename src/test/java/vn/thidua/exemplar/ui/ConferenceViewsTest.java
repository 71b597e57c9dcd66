package vn.thidua.exemplar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.ViewTest;
import vn.thidua.exemplar.ConferenceProposal;

/**
 * The demo conference in the views: at MN Quang Trung, Lê Thị Hồng Nhung's page shows the ward's honour and Trần
 * Thị Hồng Hoa's "đã đề xuất"; the registry page shows the unit's counts and replication reach; the ward office sees
 * the same counts over its subtree; another school's page shows only its own (empty) counts.
 */
class ConferenceViewsTest extends ViewTest {

    @Autowired
    JdbcClient jdbc;

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
        assertThat($(Span.class).id("exemplars-stats").getText()).startsWith("Đơn vị: 0 điển hình");
        // the ward's schools are counted by the read model, on the dashboard (DashboardViewsTest)
        assertThat($(Anchor.class).id("exemplars-stats-subtree").getHref()).isEqualTo("dashboard#dashboard-exemplars");

        loginAs("hieutruong.thtv", "TH-TRUNGVUONG-TN");
        go("exemplars");
        assertThat($(Span.class).id("exemplars-stats").getText()).startsWith("Đơn vị: 0 điển hình");
        assertThat($(Anchor.class).all())
                .noneMatch(a -> "exemplars-stats-subtree".equals(a.getId().orElse("")));
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
        assertThat($(Grid.class).all()).isEmpty();

        loginAs("gv.mnqt", "MN-QUANGTRUNG-TN");
        go("exemplars/conference");
        assertThat(errorTitle()).isNull();
        assertThat($(MultiSelectComboBox.class).all()).isEmpty();
    }
}
