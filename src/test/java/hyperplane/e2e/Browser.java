package hyperplane.e2e;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import hyperplane.e2e.pages.Wait;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Chromium with a fresh profile, driven through an explicitly given chromedriver so that
 * Selenium Manager never runs and nothing is downloaded.
 *
 * <p>Paths come from the system properties or environment variables {@code CHROME_BIN} and
 * {@code CHROMEDRIVER}, defaulting to Debian's /usr/bin/chromium and /usr/bin/chromedriver.
 */
public final class Browser implements AutoCloseable {
    private final WebDriver driver;
    private final Path profile;
    private final Path downloads;
    private final List<String> consoleLines = new ArrayList<>();

    private Browser(WebDriver driver, Path profile, Path downloads) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
    }

    /** Starts a browser with a window of the given size. */
    public static Browser start(int width, int height) {
        try {
            Path profile = Files.createTempDirectory("hyperplane-chrome");
            Path downloads = Files.createDirectories(profile.resolve("downloads"));
            ChromeOptions options = new ChromeOptions();
            options.setExperimentalOption("prefs", Map.of(
                    "download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
            options.setBinary(setting("CHROME_BIN", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-extensions", "--allow-file-access-from-files",
                    "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
            LoggingPreferences logging = new LoggingPreferences();
            logging.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logging);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(setting("CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile, downloads);
        } catch (IOException e) {
            throw new IllegalStateException("could not make a browser profile", e);
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Waits (up to {@link Wait#TIMEOUT}) for a finished download called {@code name} and returns its path. */
    public Path download(String name) {
        Path file = downloads.resolve(name);
        Wait.require(() -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload")),
                "a download " + name + " in " + downloads);
        return file;
    }

    /** Runs a script in the page and returns its result. */
    public Object script(String source, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(source, args);
    }

    /** The console lines since the last call, and all before, as "LEVEL message". */
    public List<String> console() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            consoleLines.add(entry.getLevel() + " " + entry.getMessage());
        }
        return List.copyOf(consoleLines);
    }

    /** The console lines at level SEVERE (errors). */
    public List<String> consoleErrors() {
        return console().stream().filter(line -> line.startsWith("SEVERE")).toList();
    }

    /**
     * Runs an axe-core scan of the page as it is now and returns its violations, one line each:
     * "rule: help target, target…" (empty when there are none).
     */
    public List<String> accessibilityViolations() {
        List<String> out = new ArrayList<>();
        // Legacy mode runs axe in the page itself. The default opens a second window on about:blank to run it
        // sandboxed, which exists for cross-origin frames (the page has none) and timed out on a loaded machine
        // ("Timed out receiving message from renderer") in one CI run under load.
        for (Rule rule : new AxeBuilder().setLegacyMode(true).analyze(driver).getViolations()) {
            List<String> targets = new ArrayList<>();
            for (CheckedNode node : rule.getNodes()) {
                targets.add(String.valueOf(node.getTarget()));
            }
            out.add(rule.getId() + ": " + rule.getHelp() + " " + String.join(", ", targets));
        }
        return out;
    }

    /** Saves a screenshot and the console log under target/e2e, for a person to look at. */
    public void saveArtifacts(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "e2e"));
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
            Files.write(dir.resolve(name + ".console.txt"), console());
        } catch (IOException | RuntimeException e) {
            System.err.println("could not save artifacts for " + name + ": " + e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temporary profile is harmless.
        }
    }
}
