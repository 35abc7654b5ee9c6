package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.AppPage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The page starts under both builds, from a server and from disk, without console errors. */
class StartupIT extends BrowserTestSupport {

    @ParameterizedTest(name = "{0} build over {1}")
    @CsvSource({
        "wasm, http, WebAssembly",
        "js, http, JavaScript",
        "wasm, file, WebAssembly",
        "js, file, JavaScript",
    })
    void startsWithoutConsoleErrors(String engine, String origin, String expected) {
        browser.console();
        String query = "?engine=" + engine;
        AppPage page = AppPage.open(browser.driver(), origin.equals("http") ? http(query) : file(query));

        assertEquals("", page.bootError());
        assertEquals(expected, page.engine());
        assertTrue(page.buildInfo().contains(expected), page.buildInfo());
        List<String> errors = browser.consoleErrors();
        assertEquals(List.of(), errors, "console errors");
    }

    @org.junit.jupiter.api.Test
    void choosesWebAssemblyWhenTheBrowserSupportsIt() {
        AppPage page = AppPage.open(browser.driver(), http(""));
        assertEquals("WebAssembly", page.engine());
    }
}
