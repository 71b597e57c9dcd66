package vn.thidua.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.ViewTest;
import vn.thidua.council.BallotMode;
import vn.thidua.council.CandidateData;
import vn.thidua.council.CouncilRole;
import vn.thidua.council.CouncilService;
import vn.thidua.council.Tally;
import vn.thidua.shared.NotFoundException;

/**
 * A council's sessions, members and ballots are its unit's alone: a sibling school, the office above and another
 * province get "not found" for every service call with a session, candidate or member id of MN Quang Trung, and
 * the session page typed with such an id shows the not-found page without any of its content.
 */
class CouncilIsolationTest extends ViewTest {

    @Autowired
    CouncilService council;

    @Autowired
    JdbcClient jdbc;

    long mnqt() {
        return logins.unitId("MN-QUANGTRUNG-TN");
    }

    long id(String sql) {
        return jdbc.sql(sql).param("u", mnqt()).query(Long.class).single();
    }

    List<Consumer<Long>> everySessionUse() {
        return List.of(
                council::details,
                council::minutesDocx,
                council::close,
                council::startVoting,
                council::attachMinutes,
                id -> council.setMode(id, BallotMode.PAPER),
                id -> council.vote(id, Map.of()),
                id -> council.enterTallies(id, List.of(new Tally(1, 0, 0, 0))),
                id -> council.addCandidate(id, new CandidateData("X", "LDTT", null)),
                id -> council.setPresent(id, 1, true));
    }

    @Test
    void anotherUnitReachesNothingOfTheCouncilByItsIds() {
        long closed = id("select max(id) from council_session where tenant_id = :u and status = 'CLOSED'");
        long voting = id("select max(id) from council_session where tenant_id = :u and status = 'VOTING'");
        long candidate = id("select max(id) from council_candidate where tenant_id = :u");
        long member = id("select max(id) from council_member where tenant_id = :u");
        String tallies = "select sum(yes_count + no_count + other_count) from council_candidate where tenant_id = :u";
        long before = id(tallies);
        for (String[] who : new String[][] {
            {"hieutruong.thtv", "TH-TRUNGVUONG-TN"},
            {"vhxh.pdp", "XA-PDP-TN"},
            {"hieutruong.thcsthc", "THCS-TANHOCO-DT"}
        }) {
            logins.as(who[0], who[1]);
            for (long session : List.of(closed, voting)) {
                for (Consumer<Long> use : everySessionUse()) {
                    assertThatThrownBy(() -> use.accept(session))
                            .as(who[0] + " on session " + session)
                            .isInstanceOf(NotFoundException.class);
                }
            }
            assertThatThrownBy(() -> council.removeCandidate(candidate)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> council.removeMember(member)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> council.changeRole(member, CouncilRole.CHAIR))
                    .isInstanceOf(NotFoundException.class);
            assertThat(council.sessions()).noneMatch(s -> s.id() == closed || s.id() == voting);
            assertThat(council.members()).noneMatch(m -> m.id() == member);
            assertThat(council.myBallots()).noneMatch(b -> b.sessionId() == voting);
        }
        assertThat(id(tallies)).isEqualTo(before);
        // the school itself reaches them
        logins.as("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        assertThat(council.details(voting).summary().id()).isEqualTo(voting);
        assertThat(council.myBallots()).anyMatch(b -> b.sessionId() == voting);
    }

    @Test
    void aSessionIdTypedIntoTheUrlByAnotherUnitIsNotFound() {
        long closed = id("select max(id) from council_session where tenant_id = :u and status = 'CLOSED'");
        loginAs("hieutruong.thtv", "TH-TRUNGVUONG-TN");
        go("council/sessions/" + closed);
        assertThat(errorTitle()).isEqualTo("Không tìm thấy");
        assertThat($(H2.class).all())
                .noneMatch(h -> "session-title".equals(h.getId().orElse(null)));
        assertThat($(Paragraph.class).all()).noneMatch(p -> p.getText().contains("Trường học hạnh phúc"));
        go("council/sessions/abc");
        assertThat(errorTitle()).isEqualTo("Không tìm thấy");
        loginAs("hieutruong.mnqt", "MN-QUANGTRUNG-TN");
        go("council/sessions/" + closed);
        assertThat(errorTitle()).isNull();
        assertThat($(H2.class).id("session-title").getText())
                .isEqualTo("Phiên họp Hội đồng TĐKT ngày 25/11/2026 – năm học 2026-2027");
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().contains("Trường học hạnh phúc"));
    }
}
