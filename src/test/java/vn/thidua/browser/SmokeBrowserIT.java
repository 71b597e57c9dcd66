package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.thidua.demo.DemoData;

/**
 * Real-browser journeys in Debian's Chromium (never a downloaded browser): a school user sees only its unit, an
 * office officer sees its member schools, a wrong password gets a clear Vietnamese message. Run by {@code
 * -Pbrowser} (failsafe) from {@code .ci/run}; screenshots go to target/screenshots.
 */
class SmokeBrowserIT extends BrowserJourney {

    @Test
    void aSchoolUserSeesOnlyItsUnit() throws Exception {
        login("hieutruong.mnqt", DemoData.PASSWORD);
        WebElement title = waiting()
                .until(d ->
                        d.findElements(By.id("home-title")).stream().findFirst().orElse(null));
        assertThat(title.getText()).isEqualTo("Trường Mầm non Quang Trung");
        waiting().until(d -> pageText().contains("Lê Thị Hồng Nhung"));
        screenshot("school-home");
        assertThat(pageText()).doesNotContain("Trường Tiểu học Trưng Vương").doesNotContain("Tân Hộ Cơ");
        driver.get("http://localhost:" + port + "/units/1/users");
        waiting().until(d -> !d.findElements(By.id("error-title")).isEmpty());
        assertThat(driver.findElement(By.id("error-title")).getText()).isEqualTo("Không tìm thấy");
    }

    @Test
    void anOfficeOfficerSeesItsMemberSchools() throws Exception {
        login("vhxh.pdp", DemoData.PASSWORD);
        waiting().until(d -> !d.findElements(By.id("home-member-units")).isEmpty());
        waiting().until(d -> pageText().contains("Trường Mầm non Quang Trung"));
        assertThat(pageText())
                .contains("Trường Tiểu học Trưng Vương", "Trường Trung học cơ sở Nha Trang")
                .doesNotContain("Trường Mầm non Thịnh Đán");
        screenshot("office-home");
    }

    @Test
    void aWrongPasswordGivesAClearMessage() throws Exception {
        login("gv.mnqt", "sai-mat-khau");
        WebElement message = waiting().until(d -> {
            WebElement error = deep("[part=error-message-description]");
            return error != null && error.isDisplayed() && !error.getText().isBlank() ? error : null;
        });
        assertThat(message.getText()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
        screenshot("wrong-password");
    }
}
