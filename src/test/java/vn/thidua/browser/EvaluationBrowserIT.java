package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.demo.DemoData;

/**
 * The evaluation year in a real browser at MN Quang Trung: a teacher's score above the criterion's maximum is refused
 * where she types it; the principal reads who qualifies for what, then casts her secret ballot in today's council
 * session, and the tallies grow by one ballot without recording who chose what.
 */
class EvaluationBrowserIT extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTeacherScoresThePrincipalJudgesAndVotes() throws Exception {
        login("gv.mnqt", DemoData.PASSWORD);
        waiting().until(d -> !d.findElements(By.id("home-title")).isEmpty());
        driver.get("http://localhost:" + port + "/my-scores");
        waitForText("Bảng điểm thi đua của tôi");
        ((JavascriptExecutor) driver)
                .executeScript(
                        """
                        const field = arguments[0];
                        field.value = '999';
                        field.dispatchEvent(new Event('change', { bubbles: true }));""",
                        deep("vaadin-big-decimal-field"));
        click("#my-scores-save");
        waitForText("vượt quá điểm tối đa");
        screenshot("evaluation-score-above-max");

        login("hieutruong.mnqt", DemoData.PASSWORD);
        waiting().until(d -> !d.findElements(By.id("home-title")).isEmpty());
        driver.get("http://localhost:" + port + "/eligibility");
        waitForText("Xét điều kiện danh hiệu thi đua");
        waitForText("Lê Thị Hồng Nhung");
        assertThat(pageText()).contains("Tập thể: Trường Mầm non Quang Trung").contains("hoàn thành xuất sắc nhiệm vụ");
        screenshot("evaluation-board");

        long session = jdbc.sql(
                        """
                        select s.id from council_session s join org_unit u on u.id = s.tenant_id
                        where u.code = 'MN-QUANGTRUNG-TN' and s.status = 'VOTING'""")
                .query(Long.class)
                .single();
        int ballotsBefore = ballots(session);
        int yesBefore = yesVotes(session);
        driver.get("http://localhost:" + port + "/ballot");
        waitForText("Bỏ phiếu");
        deep("#ballot-cast-" + session);
        ((JavascriptExecutor) driver)
                .executeScript(
                        """
                        const box = arguments[0];
                        for (const group of box.querySelectorAll('vaadin-radio-group')) {
                          const first = group.querySelector('vaadin-radio-button');
                          first.click();
                        }""",
                        deep("#ballot-" + session));
        click("#ballot-cast-" + session);
        waitForText("Bạn đã bỏ phiếu");
        screenshot("evaluation-ballot-cast");
        assertThat(ballots(session)).isEqualTo(ballotsBefore + 1);
        int candidates = jdbc.sql("select count(*) from council_candidate where session_id = :s")
                .param("s", session)
                .query(Integer.class)
                .single();
        assertThat(yesVotes(session)).isEqualTo(yesBefore + candidates);
    }

    int ballots(long session) {
        return jdbc.sql("select ballots_cast from council_session where id = :s")
                .param("s", session)
                .query(Integer.class)
                .single();
    }

    int yesVotes(long session) {
        return jdbc.sql("select coalesce(sum(yes_count), 0) from council_candidate where session_id = :s")
                .param("s", session)
                .query(Integer.class)
                .single();
    }
}
