package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.demo.DemoData;

/**
 * A school finishes its dossier in a real browser — uploads the council minutes, sends — and the ward office
 * returns it with a reason, which the school then reads on its dossier.
 */
class DossierBrowserIT extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSchoolUploadsItsMinutesAndSendsAndTheOfficeReturnsIt() throws Exception {
        long dossier = jdbc.sql(
                        """
                        select d.id from dossier d join org_unit u on u.id = d.tenant_id
                        join collection_round r on r.id = d.round_id
                        where u.code = 'THCS-NHATRANG-TN' and r.name like 'Đề nghị Bằng khen%'""")
                .query(Long.class)
                .single();
        Path minutes = Files.createTempFile("bien-ban-hop-hoi-dong", ".pdf");
        Files.writeString(minutes, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

        login("hieutruong.thcsnt", DemoData.PASSWORD);
        waiting().until(d -> !d.findElements(By.id("home-title")).isEmpty());
        driver.get("http://localhost:" + port + "/dossiers/" + dossier);
        waitForText("Kiểm tra thành phần hồ sơ");
        assertThat(pageText()).contains("Biên bản họp bình xét của Hội đồng TĐKT");
        WebElement input = (WebElement)
                ((JavascriptExecutor) driver)
                        .executeScript(
                                """
                        const upload = document.getElementById('upload-minutes');
                        const input = upload.querySelector('input[type=file]')
                            || upload.shadowRoot.querySelector('input[type=file]');
                        input.removeAttribute('hidden');
                        input.style.display = 'block';
                        return input;""");
        input.sendKeys(minutes.toString());
        waitForText(minutes.getFileName().toString());
        screenshot("dossier-complete");
        click("#dossier-send");
        click("#dossier-send-confirm");
        waiting().until(d -> deep("#dossier-status").getText().equals("Đã gửi – chờ duyệt"));
        screenshot("dossier-sent");

        login("vhxh.pdp", DemoData.PASSWORD);
        waiting().until(d -> !d.findElements(By.id("home-member-units")).isEmpty());
        long round = jdbc.sql("select round_id from dossier where id = :id")
                .param("id", dossier)
                .query(Long.class)
                .single();
        driver.get("http://localhost:" + port + "/rounds/" + round + "/board");
        waitForText("Trường Trung học cơ sở Nha Trang");
        ((JavascriptExecutor) driver)
                .executeScript(
                        """
                        [...document.querySelectorAll('vaadin-grid-cell-content')]
                            .find(c => c.textContent.includes('Nha Trang')).click();""");
        waiting().until(d -> !d.findElements(By.id("panel-return")).isEmpty());
        click("#panel-return");
        WebElement reason = deep("#return-reason textarea");
        reason.sendKeys("Đề nghị bổ sung báo cáo thành tích của thầy Mạc Văn Trường theo mẫu");
        reason.sendKeys(Keys.TAB); // the value reaches the server on change (blur), as when a person clicks on
        click("#return-confirm");
        waitForText("Lý do trả lại");
        screenshot("board-returned");

        login("hieutruong.thcsnt", DemoData.PASSWORD);
        waiting().until(d -> !d.findElements(By.id("home-title")).isEmpty());
        driver.get("http://localhost:" + port + "/dossiers/" + dossier);
        waiting().until(d -> deep("#dossier-status").getText().equals("Trả lại"));
        assertThat(pageText()).contains("Đề nghị bổ sung báo cáo thành tích của thầy Mạc Văn Trường");
        screenshot("dossier-returned");
    }
}
