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

    @Test
    void theWardOfficerReviewsAcceptsAndConsolidates() throws Exception {
        login("vhxh.pdp", DemoData.PASSWORD);
        waiting().until(d -> !d.findElements(By.id("home-member-units")).isEmpty());
        driver.get("http://localhost:" + port + "/rounds");
        waitForText("Đề nghị Bằng khen, Chiến sĩ thi đua cấp tỉnh");
        screenshot("rounds");
        click("vaadin-button[id^='round-board-']");
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
