package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.demo.DemoData;

/**
 * A school that has not yet implemented its commune office's plan writes its implementing plan in a real browser —
 * from "Văn bản cấp trên", with the upper plan as its căn cứ — previews and issues it; the office's board then shows
 * the school as done.
 */
class PlanBrowserIT extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSchoolWritesAndIssuesItsImplementingPlan() throws Exception {
        long officePlan = jdbc.sql(
                        """
                        select p.id from plan_document p join org_unit u on u.id = p.unit_id
                        where u.code = 'XA-PDP-TN' and p.status = 'ISSUED'""")
                .query(Long.class)
                .single();

        login("hieutruong.thtv", DemoData.PASSWORD);
        waiting().until(d -> !d.findElements(By.id("home-title")).isEmpty());
        driver.get("http://localhost:" + port + "/plans/" + officePlan);
        waitForText("KẾ HOẠCH");
        assertThat(pageText()).contains("Độc lập - Tự do - Hạnh phúc");
        click("#plan-derive");
        waitForText("Kế hoạch (nháp)");
        assertThat(deep("#plan-basis-0 textarea").getAttribute("value"))
                .startsWith("Thực hiện Kế hoạch số 825/KH-VHXH");

        WebElement place = deep("#plan-place input");
        place.clear();
        place.sendKeys("Phan Đình Phùng", Keys.TAB);
        WebElement signer = deep("#plan-signer-name input");
        signer.clear();
        signer.sendKeys("Đinh Văn Quý", Keys.TAB);
        click("#plan-preview");
        waitForText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(pageText()).contains("Số:").contains("/KH-THTV").contains("Đinh Văn Quý");
        screenshot("plan-preview");
        click("#plan-preview-close");
        // the editor is rebuilt when the preview closes: wait for it, then act on the new buttons
        waiting().until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return !document.querySelector('#plan-preview-page')"
                        + " && !!document.querySelector('#plan-issue');"));
        Thread.sleep(500);
        click("#plan-issue");
        click("#plan-issue-confirm");
        waiting().until(d -> "Đã ban hành".equals(deep("#plan-status").getAttribute("textContent")));
        assertThat(deep("#plan-title").getAttribute("textContent")).matches("Kế hoạch số \\d{2,}/KH-THTV");
        screenshot("plan-issued");

        login("vhxh.pdp", DemoData.PASSWORD);
        waiting().until(d -> !d.findElements(By.id("home-title")).isEmpty());
        driver.get("http://localhost:" + port + "/plans/" + officePlan);
        waitForText("Đơn vị trực thuộc thực hiện Kế hoạch số 825/KH-VHXH");
        waiting().until(d -> pageText().contains("Trường Tiểu học Trưng Vương"));
        String board = pageText();
        assertThat(board).contains("Đã ban hành: Kế hoạch số").contains("Chưa ban hành kế hoạch thực hiện");
        screenshot("plan-board");
    }
}
