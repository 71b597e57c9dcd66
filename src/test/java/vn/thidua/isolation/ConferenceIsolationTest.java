package vn.thidua.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import vn.thidua.ViewTest;
import vn.thidua.exemplar.ConferenceService;
import vn.thidua.reporting.ReportingService;
import vn.thidua.shared.NotFoundException;

/**
 * The demo conference of the ward stays between the ward and MN Quang Trung: a sibling school and another
 * province's department cannot list the proposals, read the exemplar's marks, or honour; the conference page shows
 * them no proposal grid; they can neither return a proposal nor download its tờ trình; their dashboards' exemplar
 * counts neither include MN Quang Trung's exemplars nor reach its unit; honour rows are unchanged.
 */
class ConferenceIsolationTest extends ViewTest {

    @Autowired
    ConferenceService conference;

    @Autowired
    ReportingService reporting;

    @Autowired
    JdbcClient jdbc;

    long single(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void neitherASiblingNorAnotherProvinceReachesTheProposals() {
        long round = single("select id from collection_round where kind = 'EXEMPLAR_CONFERENCE' and name like"
                + " '%Phan Đình Phùng giai đoạn 2026–2030'");
        long school = logins.unitId("MN-QUANGTRUNG-TN");
        long inbox = jdbc.sql("select min(id) from submission where kind = 'EXEMPLAR_CONFERENCE' and side = 'INBOX'"
                        + " and round_id = :r")
                .param("r", round)
                .query(Long.class)
                .single();
        long exemplar = jdbc.sql("select min(exemplar_id) from exemplar_proposal where tenant_id = :u")
                .param("u", school)
                .query(Long.class)
                .single();
        long honours = single("select count(*) from exemplar_honour");

        for (String[] who :
                new String[][] {{"hieutruong.thtv", "TH-TRUNGVUONG-TN"}, {"hieutruong.thcd2", "TH-CAMDUC2-KH"}}) {
            loginAs(who[0], who[1]);
            assertThatThrownBy(() -> conference.proposals(round))
                    .isInstanceOfAny(AccessDeniedException.class, NotFoundException.class);
            assertThatThrownBy(() -> conference.marks(exemplar)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> conference.honour(round, inbox, exemplar, "Biểu dương", LocalDate.of(2026, 12, 6)))
                    .isInstanceOfAny(AccessDeniedException.class, NotFoundException.class);
            assertThatThrownBy(() -> conference.returnProposal(round, inbox, 0, "Trả lại hộ phường"))
                    .isInstanceOfAny(AccessDeniedException.class, NotFoundException.class);
            assertThatThrownBy(() -> conference.statementFile(inbox)).isInstanceOf(NotFoundException.class);
            assertThat(reporting.exemplarsByChild(null, "2026-2027")).isEmpty();
            assertThatThrownBy(() -> reporting.exemplarsByChild(school, "2026-2027"))
                    .isInstanceOf(NotFoundException.class);
            go("exemplars/conference");
            assertThat($(Grid.class).all()).isEmpty();
        }
        assertThat(single("select count(*) from exemplar_honour")).isEqualTo(honours);
    }
}
