package hyperplane.e2e.pages;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * What the page does for offline use and installing, read from the browser: its service worker, the files it loaded,
 * and Chromium's own reading of the web app manifest (through the DevTools protocol). Returns values; never asserts.
 */
public final class OfflinePage {
    private final WebDriver driver;

    private OfflinePage(WebDriver driver) {
        this.driver = driver;
    }

    /** The page already open in {@code driver}. */
    public static OfflinePage attach(WebDriver driver) {
        return new OfflinePage(driver);
    }

    private Object async(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /**
     * Waits until a service worker is active for this page and controls it, and returns the worker's scope, or
     * the reason there is none ("no service worker", or the error that refused it) when the time is up.
     */
    public String waitUntilControlled() {
        return (String) async("var done = arguments[arguments.length - 1];"
                + "if (!('serviceWorker' in navigator)) { done('no service worker'); return; }"
                + "var timer = setTimeout(() => done('not controlled within 30 s'), 30000);"
                + "function check(registration) {"
                + "  if (navigator.serviceWorker.controller) { clearTimeout(timer); done(registration.scope); }"
                + "  else { navigator.serviceWorker.addEventListener('controllerchange', () => check(registration),"
                + "    {once: true}); }"
                + "}"
                + "navigator.serviceWorker.ready.then(check, e => { clearTimeout(timer); done(String(e)); });");
    }

    /** Whether a service worker controls this page now. */
    public boolean controlled() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null;"));
    }

    /**
     * The scopes of the service workers registered for this page's origin; a browser that refuses to say (as for
     * file://) gives an empty list.
     */
    @SuppressWarnings("unchecked")
    public List<String> registrations() {
        return (List<String>) async("var done = arguments[arguments.length - 1];"
                + "if (!('serviceWorker' in navigator)) { done([]); return; }"
                + "navigator.serviceWorker.getRegistrations()"
                + "  .then(list => done(list.map(r => r.scope)), () => done([]));");
    }

    /** The names of the caches the page's origin holds. */
    @SuppressWarnings("unchecked")
    public List<String> cacheNames() {
        return (List<String>) async("var done = arguments[arguments.length - 1];"
                + "caches.keys().then(done, e => done([String(e)]));");
    }

    /** Waits until the origin's cache names satisfy {@code condition}; returns them. */
    public List<String> waitForCacheNames(Predicate<List<String>> condition) {
        return Wait.until(this::cacheNames, condition, Duration.ofSeconds(30));
    }

    /** The text of the file at {@code path} (relative to the page) as the page fetches it now, or the error. */
    public String fetchText(String path) {
        return (String) async("var done = arguments[arguments.length - 1];"
                + "fetch(new URL(arguments[0], location.href)).then(r => r.text()).then(done, e => done(String(e)));",
                path);
    }

    /** The address of the page's web app manifest link, or "" when it has none. */
    public String manifestLink() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "var link = document.querySelector('link[rel=manifest]'); return link ? link.href : '';");
    }

    /** The addresses of every file the page has loaded, the page itself first. */
    @SuppressWarnings("unchecked")
    public List<String> loadedUrls() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return [location.href].concat(performance.getEntriesByType('resource').map(e => e.name));");
    }

    private Map<String, Object> cdp(String command) {
        return ((HasCdp) driver).executeCdpCommand(command, Map.of());
    }

    /** Chromium's reading of the page's manifest: {@code url}, {@code errors}, {@code data} (the text) and more. */
    public Map<String, Object> manifest() {
        return cdp("Page.getAppManifest");
    }

    /** Why Chromium would not offer to install the page (an empty list when it would), each as "error (arguments)". */
    @SuppressWarnings("unchecked")
    public List<String> installabilityErrors() {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) cdp("Page.getInstallabilityErrors")
                .get("installabilityErrors");
        return errors.stream().map(e -> e.get("errorId") + " " + e.get("errorArguments")).toList();
    }

    /** Waits until Chromium has read the page's manifest (it reads it after the page has loaded); returns its URL. */
    public String waitForManifest() {
        return Wait.until(() -> String.valueOf(manifest().get("url")), url -> !url.isEmpty(), Duration.ofSeconds(20));
    }
}
