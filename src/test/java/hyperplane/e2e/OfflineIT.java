package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.AppPage;
import hyperplane.e2e.pages.OfflinePage;
import hyperplane.e2e.pages.PlaygroundPage;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Offline use and installing: after one visit over http the site opens with its server gone, under a sub-path as
 * GitHub Pages serves it; from disk no service worker or manifest is tried; an embedded page on another site still
 * starts; Chromium reads the manifest and would offer to install the page; a new build replaces the kept copy.
 */
class OfflineIT extends BrowserTestSupport {
    private static final String SUB_PATH = "/hyperplane/";

    /** A folder of this test's own: a course page, a copy of the site. */
    @TempDir
    Path course;

    @ParameterizedTest(name = "{0} build")
    @CsvSource({"js, JavaScript", "wasm, WebAssembly"})
    void opensWithoutANetworkAfterOneVisit(String engine, String expected) throws IOException {
        // A server of its own, on a new port: a new origin, so no worker from another test is there already.
        SiteServer online = new SiteServer(site(), 0, SUB_PATH);
        String url = online.baseUrl() + "?engine=" + engine + "#v=1&data=xor";
        try {
            PlaygroundPage.open(browser.driver(), url);
            OfflinePage offline = OfflinePage.attach(browser.driver());
            assertEquals(online.baseUrl(), offline.waitUntilControlled());
        } finally {
            online.close();
        }
        assertFalse(answers(url), "the server is gone");
        int errorsBefore = browser.consoleErrors().size();

        AppPage app = AppPage.reload(browser.driver());
        assertEquals("", app.bootError());
        assertEquals(expected, app.engine());
        PlaygroundPage page = PlaygroundPage.attach(browser.driver());
        assertEquals("Exclusive or", page.waitForChosen("Dataset", "Exclusive or"), "the link's hash still applies");
        assertEquals(0, page.waitForEpoch(0));
        page.play().waitForEpochAtLeast(1);
        page.pause();
        assertTrue(OfflinePage.attach(browser.driver()).controlled(), "served by the worker");
        assertEquals(List.of(), errorsSince(errorsBefore));
    }

    @Test
    void aNewBuildReplacesTheKeptCopy() throws Exception {
        Path copy = course.resolve("site");
        copySite(copy);
        SiteServer online = new SiteServer(copy, 0, SUB_PATH);
        String url = online.baseUrl() + "?engine=js";
        List<String> first;
        try {
            PlaygroundPage.open(browser.driver(), url);
            OfflinePage offline = OfflinePage.attach(browser.driver());
            offline.waitUntilControlled();
            first = offline.waitForCacheNames(names -> names.size() == 1);
            assertEquals(1, first.size(), first.toString());

            Files.writeString(copy.resolve("styles.css"), "\n/* the next build */\n", StandardOpenOption.APPEND);
            writeServiceWorker(copy);
            // A visit checks for a new worker; it installs the new build beside the old one, then deletes the old.
            PlaygroundPage.open(browser.driver(), url);
            List<String> next = offline.waitForCacheNames(names -> names.size() == 1 && !names.equals(first));
            assertEquals(1, next.size(), next.toString());
            assertNotEquals(first, next);
        } finally {
            online.close();
        }
        AppPage.reload(browser.driver());
        assertTrue(OfflinePage.attach(browser.driver()).fetchText("styles.css").contains("the next build"),
                "offline, the new build's files");
    }

    /** Copies the built site without the benchmark, which the worker does not keep. */
    private static void copySite(Path target) throws IOException {
        Path source = site();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String path = source.relativize(file).toString().replace('\\', '/');
                if (!path.startsWith("bench")) {
                    Files.createDirectories(target.resolve(path).getParent());
                    Files.copy(file, target.resolve(path));
                }
            }
        }
    }

    /** Runs the build step that writes sw.js, as the build does after a change. */
    private static void writeServiceWorker(Path site) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "build/OfflineCache.java", "web/sw.js", site.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
    }

    /** Whether anything answers at {@code url} now. */
    private static boolean answers(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(5000);
            connection.getResponseCode();
            connection.disconnect();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The console errors logged since there were {@code count} (the browser keeps them all). */
    private static List<String> errorsSince(int count) {
        List<String> errors = browser.consoleErrors();
        return errors.subList(Math.min(count, errors.size()), errors.size());
    }

    @Test
    void requestsNothingFromAnotherOrigin() {
        PlaygroundPage.open(browser.driver(), http(""));
        OfflinePage offline = OfflinePage.attach(browser.driver());
        offline.waitUntilControlled();
        List<String> elsewhere = offline.loadedUrls().stream()
                .filter(url -> !url.startsWith(server.baseUrl())).toList();
        assertEquals(List.of(), elsewhere);
    }

    @Test
    void fromDiskRegistersNoWorkerAndLogsNoError() {
        int errorsBefore = browser.consoleErrors().size();
        int linesBefore = browser.console().size();
        AppPage app = AppPage.open(browser.driver(), file(""));
        assertEquals("", app.bootError());
        OfflinePage offline = OfflinePage.attach(browser.driver());
        assertFalse(offline.controlled());
        assertEquals(List.of(), offline.registrations());
        // A Chromium without the tests' --allow-file-access-from-files logs a CORS error for a linked manifest.
        assertEquals("", offline.manifestLink(), "no manifest from disk");
        assertEquals(List.of(), errorsSince(errorsBefore));
        List<String> lines = browser.console();
        assertEquals(List.of(), lines.subList(linesBefore, lines.size()).stream()
                .filter(line -> line.contains("offline")).toList(), "no attempt at a worker");
    }

    @Test
    void chromiumReadsTheManifestAndWouldInstallThePage() throws IOException {
        try (SiteServer online = new SiteServer(site(), 0, SUB_PATH)) {
            PlaygroundPage.open(browser.driver(), online.baseUrl());
            OfflinePage offline = OfflinePage.attach(browser.driver());
            assertEquals(online.baseUrl() + "manifest.webmanifest", offline.waitForManifest());
            Map<String, Object> manifest = offline.manifest();
            assertEquals(List.of(), manifest.get("errors"));
            @SuppressWarnings("unchecked")
            Map<String, Object> parsed = (Map<String, Object>) manifest.get("manifest");
            assertEquals(online.baseUrl(), parsed.get("startUrl"), "start_url is relative to the site's folder");
            assertEquals(online.baseUrl(), parsed.get("scope"));
            assertEquals("kStandalone", parsed.get("display"));
            offline.waitUntilControlled();
            assertEquals(List.of(), offline.installabilityErrors());
        }
    }

    @Test
    void anEmbeddedPageOnAnotherSiteStillStarts() throws IOException {
        String app = server.baseUrl() + "index.html";
        Files.writeString(course.resolve("course.html"), """
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><title>A course page</title><link rel="icon" href="data:,"></head>
                <body>
                  <iframe id="embedded" src="%s#v=1&amp;embed=1" width="800" height="500" title="Hyperplane"></iframe>
                </body>
                </html>
                """.formatted(app));
        try (SiteServer other = new SiteServer(course, 0)) {
            // localhost and 127.0.0.1 are two sites: the frame is a third party, as on a course platform.
            int errorsBefore = browser.consoleErrors().size();
            browser.driver().get("about:blank");
            browser.driver().get(other.baseUrl().replace("127.0.0.1", "localhost") + "course.html");
            browser.driver().switchTo().frame("embedded");
            try {
                AppPage page = AppPage.attach(browser.driver());
                assertEquals("WebAssembly", page.waitForAttribute("build-info", "data-engine", "WebAssembly"));
                assertEquals("", page.bootError());
            } finally {
                browser.driver().switchTo().defaultContent();
            }
            assertEquals(List.of(), errorsSince(errorsBefore));
        }
    }
}
