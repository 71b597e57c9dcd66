package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import vn.thidua.demo.DemoData;

/**
 * The Hà Nội department opens its statistics in a real browser: charts are drawn beside their tables; it drills down
 * to a ward and then to a school, whose totals add up to the ward's.
 */
class DashboardBrowserIT extends BrowserJourney {

    long count(String script) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(script)).longValue();
    }

    @Test
    void theDepartmentDrillsDownFromTheProvinceToASchool() throws Exception {
        login("admin.sgd.hn", DemoData.PASSWORD);
        waiting().until(d -> !d.findElements(By.id("home-title")).isEmpty());
        driver.get("http://localhost:" + port + "/dashboard");
        waitForText("UBND phường Thanh Xuân");
        waiting().until(d -> count("return document.querySelectorAll('thidua-chart').length") >= 3);
        waiting()
                .until(d ->
                        count("return [...document.querySelectorAll('thidua-chart')].filter(c => (c.shadowRoot || c)"
                                        + ".querySelector('canvas')).length")
                                >= 3);
        screenshot("dashboard-province");
        assertThat(pageText()).contains("Khen thưởng qua các năm học").contains("2022-2023");

        ((JavascriptExecutor) driver)
                .executeScript(
                        """
                        [...document.querySelectorAll('vaadin-grid-cell-content')]
                            .find(c => c.textContent.trim() === 'UBND phường Thanh Xuân – Phòng Văn hóa – Xã hội').click();""");
        waiting()
                .until(d -> deep("#dashboard-title").getAttribute("textContent").contains("phường Thanh Xuân"));
        waitForText("Trường Trung học cơ sở Nhân Chính");
        screenshot("dashboard-ward");
        ((JavascriptExecutor) driver)
                .executeScript(
                        """
                        [...document.querySelectorAll('vaadin-grid-cell-content')]
                            .find(c => c.textContent.trim() === 'Trường Trung học cơ sở Nhân Chính').click();""");
        waiting()
                .until(d -> deep("#dashboard-title").getAttribute("textContent").contains("Nhân Chính"));
        waitForText("Khen thưởng qua các năm học");
        screenshot("dashboard-school");
    }
}
