package hyperplane.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Base of the browser tests: one server for the built site and one fresh browser per test class; on a
 * failure, a screenshot and the console log are saved under target/e2e.
 */
public abstract class BrowserTestSupport {
    protected static SiteServer server;
    protected static Browser browser;

    @RegisterExtension
    final TestWatcher artifactsOnFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                browser.saveArtifacts("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
            }
        }
    };

    @BeforeAll
    static void startBrowser() throws Exception {
        server = new SiteServer(site(), 0);
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** The built site folder (failsafe passes it; target/site otherwise). */
    protected static Path site() {
        Path site = Path.of(System.getProperty("hyperplane.site", "target/site"));
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            throw new IllegalStateException("no built site at " + site.toAbsolutePath() + "; run mvn package first");
        }
        return site;
    }

    /** The site over http, with an optional query and hash such as "?engine=js#v=1". */
    protected static String http(String suffix) {
        return server.baseUrl() + "index.html" + suffix;
    }

    /** The playground opened on {@code hash} (without "#") with nothing stored from an earlier test. */
    protected static hyperplane.e2e.pages.PlaygroundPage openFresh(String hash) {
        hyperplane.e2e.pages.PlaygroundPage.open(browser.driver(), http(""));
        browser.script("localStorage.clear();");
        return hyperplane.e2e.pages.PlaygroundPage.open(browser.driver(), http("#" + hash));
    }

    /** The site from disk, with an optional query and hash. */
    protected static String file(String suffix) {
        return site().toAbsolutePath().resolve("index.html").toUri() + suffix;
    }
}
