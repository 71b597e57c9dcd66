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

    /** The text of the dashboard title, read in one script call (the view re-renders while navigating). */
    String title() {
        return (String) ((JavascriptExecutor) driver)
                .executeScript("const t = document.getElementById('dashboard-title'); return t ? t.textContent : '';");
    }

    /** Clicks the link of {@code unit} in a table until the dashboard of that unit shows (the table may be loading). */
    void drillTo(String unit, String titlePart) {
        waiting().until(d -> {
            if (title().contains(titlePart)) {
                return true;
            }
            ((JavascriptExecutor) d)
                    .executeScript(
                            "const a = [...document.querySelectorAll('.thidua-report a[router-link]')]"
                                    + ".find(a => a.textContent.trim() === arguments[0]); if (a) a.click();",
                            unit);
            return false;
        });
    }

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
        assertThat(count("return [...document.querySelectorAll('thidua-chart')].filter(c => c.config).length"))
                .as("every chart got its data")
                .isEqualTo(count("return document.querySelectorAll('thidua-chart').length"));
        assertThat(
                        ((JavascriptExecutor) driver)
                                .executeScript(
                                        "return getComputedStyle(document.querySelector('.thidua-report table')).borderCollapse"))
                .as("the portal's stylesheet reached the browser that logged in on this page")
                .isEqualTo("collapse");
        screenshot("dashboard-province");
        // drilling navigates in place: the page (and this marker) stays
        ((JavascriptExecutor) driver).executeScript("window.drillMarker = 42;");
        assertThat(pageText()).contains("Khen thưởng qua các năm học").contains("2022-2023");

        drillTo("UBND phường Thanh Xuân – Phòng Văn hóa – Xã hội", "phường Thanh Xuân");
        waitForText("Trường Trung học cơ sở Nhân Chính");
        screenshot("dashboard-ward");
        assertThat(count("return window.drillMarker || 0")).as("no page reload").isEqualTo(42);
        drillTo("Trường Trung học cơ sở Nhân Chính", "Nhân Chính");
        waitForText("Khen thưởng qua các năm học");
        screenshot("dashboard-school");
    }
}
