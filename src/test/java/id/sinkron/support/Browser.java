package id.sinkron.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (packages {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them). Nothing is downloaded: both paths are given, so Selenium
 * Manager never runs. Where the browser is missing the test is skipped with that reason, unless
 * {@code SINKRON_REQUIRE_BROWSER=true} (as in CI), where it fails.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("SINKRON_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("SINKRON_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Starts a headless browser with an empty profile, or skips (fails in CI) the test when there is none. */
    public static Browser start() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "no headless browser: " + CHROMIUM + " and " + CHROMEDRIVER
                + " are needed (Debian: apt-get install chromium chromium-driver; .ci/run installs them)";
        if (!present && Boolean.parseBoolean(System.getenv("SINKRON_REQUIRE_BROWSER"))) {
            throw new IllegalStateException(missing);
        }
        Assumptions.assumeTrue(present, missing);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        System.setProperty("SE_AVOID_STATS", "true");
        try {
            Path profile = Files.createTempDirectory("sinkron-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // the flags that keep Chromium from calling home on this machine's closed network
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1400,1000", "--lang=id", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    /** The element with {@code data-testid}, once it is visible. */
    public WebElement byTestId(String testId) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(testId(testId)));
    }

    /**
     * Clicks the element with {@code data-testid}, found again if the page drew it anew in between (the overview
     * draws its tables again when a route or run changes).
     */
    public void click(String testId) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = ExpectedConditions.visibilityOfElementLocated(testId(testId)).apply(d);
            if (element == null) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** An attribute of the element with {@code data-testid}, found again if the page drew it anew in between. */
    public String attribute(String testId, String name) {
        return wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = ExpectedConditions.visibilityOfElementLocated(testId(testId)).apply(d);
            return element == null ? null : element.getDomAttribute(name);
        });
    }

    public static By testId(String testId) {
        return By.cssSelector("[data-testid='" + testId + "']");
    }

    public WebDriverWait await() {
        return wait;
    }

    /** Waits until the element with {@code data-testid} shows the text. */
    public void awaitText(String testId, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(testId(testId), text));
    }

    /** Signs in to the console at {@code base} with the key and waits for the navigation. */
    public void signIn(String base, String key) {
        open(base + "/console/index.html");
        byTestId("login-key").sendKeys(key);
        byTestId("login-submit").click();
        byTestId("nav-overview");
    }

    /**
     * Saves the page as {@code target/screenshots/<name>.png}; when {@code SINKRON_SCREENSHOTS} names a folder (the
     * README's screenshots are made that way, into docs/screenshots), there too.
     */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.copy(((ChromeDriver) driver).getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            String folder = System.getenv("SINKRON_SCREENSHOTS");
            if (folder != null && !folder.isBlank()) {
                Files.createDirectories(Path.of(folder));
                Files.copy(file, Path.of(folder, name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a profile left in /tmp is harmless
        }
    }
}
