package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.demo.DemoData;

/**
 * Exemplars in a real browser: the department honours one of the two collective models the ward proposed to its
 * 2026–2030 conference, and the ward reads the honour on that exemplar's page while the other stays "proposed"; a
 * Hà Nội school's gallery does not show the story Thái Nguyên published to its own province.
 */
class ExemplarBrowserIT extends BrowserJourney {

    static final String ROUND = "Hội nghị điển hình tiên tiến ngành Giáo dục tỉnh Thái Nguyên giai đoạn 2026–2030";

    @Autowired
    JdbcClient jdbc;

    long wardExemplar(String name) {
        return jdbc.sql(
                        """
                        select x.id from exemplar x join org_unit u on u.id = x.tenant_id
                        where u.code = 'XA-PDP-TN' and x.name = :n""")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    @Test
    void theDepartmentHonoursOneOfTheWardsTwoAndTheWardSeesIt() throws Exception {
        long quangTrung = wardExemplar("Trường Mầm non Quang Trung");
        long trungVuong = wardExemplar("Trường Tiểu học Trưng Vương");
        long inbox = jdbc.sql(
                        """
                        select s.id from submission s join collection_round c on c.id = s.round_id
                        where c.name = :r and s.side = 'INBOX'""")
                .param("r", ROUND)
                .query(Long.class)
                .single();
        long honours = jdbc.sql("select count(*) from exemplar_honour")
                .query(Long.class)
                .single();

        login("thiduakt.sgd.tn", DemoData.PASSWORD);
        waiting().until(d -> !d.findElements(By.id("home-title")).isEmpty());
        driver.get("http://localhost:" + port + "/exemplars/conference");
        waitForText(ROUND);
        waitForText("Trường Tiểu học Trưng Vương");
        screenshot("exemplar-conference-department");
        click("#conference-honour-" + inbox + "-" + quangTrung);
        waitForText("Biểu dương tại " + ROUND);
        screenshot("exemplar-conference-honoured");
        assertThat(jdbc.sql("select count(*) from exemplar_honour")
                        .query(Long.class)
                        .single())
                .isEqualTo(honours + 1);

        login("vhxh.pdp", DemoData.PASSWORD);
        waiting().until(d -> !d.findElements(By.id("home-title")).isEmpty());
        driver.get("http://localhost:" + port + "/exemplars/" + quangTrung);
        waitForText("Biểu dương tại " + ROUND);
        driver.get("http://localhost:" + port + "/exemplars/" + trungVuong);
        waitForText("chưa được biểu dương");
        screenshot("exemplar-ward-proposed");

        // the published story reaches a school of the same province, not one of Hà Nội
        login("hieutruong.thtv", DemoData.PASSWORD);
        waiting().until(d -> !d.findElements(By.id("home-title")).isEmpty());
        driver.get("http://localhost:" + port + "/gallery");
        waitForText("Bé làm bánh trôi");
        login("hieutruong.thcsnhanchinh", DemoData.PASSWORD);
        waiting().until(d -> !d.findElements(By.id("home-title")).isEmpty());
        driver.get("http://localhost:" + port + "/gallery");
        waiting().until(d -> !d.findElements(By.id("gallery-title")).isEmpty());
        assertThat(pageText()).doesNotContain("Bé làm bánh trôi");
    }
}
