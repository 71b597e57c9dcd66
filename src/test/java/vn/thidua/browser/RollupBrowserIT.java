package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.thidua.demo.DemoData;

/**
 * The rollup in a real browser: the ward officer reads the status board of the Sở's round, opens a school's
 * dossier beside its checklist and accepts it, consolidates the accepted items into the ward's dossier; a teacher
 * sees her award in her history.
 */
class RollupBrowserIT extends BrowserJourney {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theWardOfficerReviewsAcceptsAndConsolidates() throws Exception {
        login("vhxh.pdp", DemoData.PASSWORD);
        waiting().until(d -> !d.findElements(By.id("home-member-units")).isEmpty());
        driver.get("http://localhost:" + port + "/rounds");
        waitForText("Đề nghị Bằng khen, Chiến sĩ thi đua cấp tỉnh");
        screenshot("rounds");
        // the round TH Trưng Vương sent its dossier in (the ward has other rounds too: registration, conference)
        long round = jdbc.sql(
                        """
                        select d.round_id from dossier d join org_unit u on u.id = d.tenant_id
                        join collection_round r on r.id = d.round_id
                        where u.code = 'TH-TRUNGVUONG-TN' and r.name like 'Đề nghị Bằng khen%'""")
                .query(Long.class)
                .single();
        click("#round-board-" + round);
        waiting().until(d -> !d.findElements(By.id("board-grid")).isEmpty());
        waitForText("Trường Tiểu học Trưng Vương");
        assertThat(pageText()).contains("Đã tiếp nhận", "Đã gửi – chờ duyệt", "Chưa gửi");
        screenshot("board");
        // open TH Trưng Vương's version 2 beside its checklist
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript(
                        """
                        const cell = [...document.querySelectorAll('vaadin-grid-cell-content')]
                            .find(c => c.textContent.includes('Trưng Vương'));
                        cell.click();
                        """);
        waiting().until(d -> !d.findElements(By.id("panel-title")).isEmpty());
        screenshot("board-panel");
        assertThat(pageText()).contains("Kiểm tra thành phần hồ sơ");
    }

    @Test
    void aTeacherSeesHerAward() throws Exception {
        login("gv.thtv", DemoData.PASSWORD);
        waiting().until(d -> !d.findElements(By.id("home-title")).isEmpty());
        driver.get("http://localhost:" + port + "/awards");
        waitForText("Lao động tiên tiến");
        assertThat(pageText()).contains("Triệu Thị Bích", "QĐ số 01/QĐ-");
        screenshot("my-awards");
    }
}
