package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import vn.thidua.TestLogins;
import vn.thidua.demo.DemoData;

/**
 * Real-browser journeys in Debian's Chromium (never a downloaded browser): a school user sees only its unit, an
 * office officer sees its member schools, a wrong password gets a clear Vietnamese message. Run by {@code
 * -Pbrowser} (failsafe) from {@code .ci/run}; screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({DemoData.class, TestLogins.class})
class SmokeBrowserIT {

    @LocalServerPort
    int port;

    WebDriver driver;
    Path userData;

    @BeforeEach
    void startBrowser() throws Exception {
        userData = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1400,900",
                "--lang=vi",
                "--user-data-dir=" + userData);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    /** Finds an element by CSS through open shadow roots (Vaadin components). */
    private WebElement deep(String css) {
        return waiting().until(d -> (WebElement) ((JavascriptExecutor) d)
                .executeScript(
                        """
                const find = (root, sel) => {
                  const hit = root.querySelector(sel);
                  if (hit) return hit;
                  for (const el of root.querySelectorAll('*')) {
                    if (el.shadowRoot) { const inner = find(el.shadowRoot, sel); if (inner) return inner; }
                  }
                  return null;
                };
                return find(document, arguments[0]);""",
                        css));
    }

    private void login(String username, String password) {
        driver.get("http://localhost:" + port + "/login");
        waiting().until(d -> !d.findElements(By.cssSelector("vaadin-login-form input[name=username]"))
                .isEmpty());
        driver.findElement(By.cssSelector("vaadin-login-form input[name=username]"))
                .sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name=password]"))
                .sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot=submit]"))
                .click();
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private String pageText() {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.body.innerText");
    }

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
