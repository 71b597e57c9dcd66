package vn.thidua.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

/** Base of the real-browser journeys: Debian's Chromium through chromedriver, a demo login, screenshots. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({DemoData.class, TestLogins.class})
abstract class BrowserJourney {

    @LocalServerPort
    protected int port;

    protected WebDriver driver;
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

    protected WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    /** Finds an element by CSS through open shadow roots (Vaadin components). */
    protected WebElement deep(String css) {
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

    protected void login(String username, String password) {
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

    protected void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    protected String pageText() {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.body.innerText");
    }

    /** Clicks a Vaadin element found by CSS through shadow roots. */
    protected void click(String css) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", deep(css));
    }

    protected void waitForText(String text) {
        waiting().until(d -> pageText().contains(text));
    }
}
