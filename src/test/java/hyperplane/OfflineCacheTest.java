package hyperplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * build/OfflineCache.java, the build step that writes the service worker: run as a program, with web/sw.js as the
 * template, on a small site made here.
 */
class OfflineCacheTest {
    private static final Pattern VERSION = Pattern.compile("var VERSION = \"([0-9a-f]{16})\";");
    private static final Pattern FILES = Pattern.compile("var FILES = \\[([^\\]]*)\\];");

    private static Path classes;

    @TempDir
    Path site;

    /** Compiles the build step once; each test then runs it as a program, as the build does. */
    @BeforeAll
    static void compile(@TempDir Path dir) {
        classes = dir;
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int code = compiler.run(null, null, null, "-d", dir.toString(), "build/OfflineCache.java");
        assertEquals(0, code, "build/OfflineCache.java compiles");
    }

    private void write(String path, String content) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private void siteLikeTheBuild() throws IOException {
        for (String path : List.of("index.html", "styles.css", "boot.js", "icon.svg", "manifest.webmanifest",
                "js/hyperplane.js", "wasm/runtime.js", "wasm/hyperplane.wasm", "wasm/hyperplane.wasm.js",
                "bench.html", "bench/bench-page.js", "bench/wasm/hyperplane-bench.wasm", "sw.js")) {
            write(path, "content of " + path);
        }
    }

    /** Runs the build step on the site with {@code template}; returns its exit code and output. */
    private Result run(Path template) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes.toString(), "OfflineCache", template.toString(), site.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }

    private record Result(int code, String output) {
    }

    private String worker() throws IOException, InterruptedException {
        Result result = run(Path.of("web/sw.js"));
        assertEquals(0, result.code, result.output);
        return Files.readString(site.resolve("sw.js"));
    }

    private static String version(String worker) {
        Matcher matcher = VERSION.matcher(worker);
        assertTrue(matcher.find(), "a 16-digit version in\n" + worker);
        return matcher.group(1);
    }

    private static List<String> files(String worker) {
        Matcher matcher = FILES.matcher(worker);
        assertTrue(matcher.find(), "a file list in\n" + worker);
        List<String> files = new ArrayList<>();
        for (String item : matcher.group(1).split(",")) {
            files.add(item.trim().replaceAll("^\"|\"$", ""));
        }
        return files;
    }

    @Test
    void keepsEveryFileOfTheSiteButTheBenchmarkTheFileCopyOfTheWasmAndItself() throws Exception {
        siteLikeTheBuild();
        assertEquals(List.of("boot.js", "icon.svg", "index.html", "js/hyperplane.js", "manifest.webmanifest",
                "styles.css", "wasm/hyperplane.wasm", "wasm/runtime.js"), files(worker()));
    }

    @Test
    void keepsAFileAddedToTheSite() throws Exception {
        siteLikeTheBuild();
        write("js/worker.js", "a file another change adds");
        assertTrue(files(worker()).contains("js/worker.js"));
    }

    @Test
    void theVersionStaysForTheSameFilesAndChangesWithAnyOfThem() throws Exception {
        siteLikeTheBuild();
        String first = version(worker());
        assertEquals(first, version(worker()), "the same files, the same version");

        write("styles.css", "content of styles.css, changed");
        String changed = version(worker());
        assertNotEquals(first, changed, "a changed file");

        write("js/worker.js", "a new file");
        assertNotEquals(changed, version(worker()), "an added file");
    }

    @Test
    void theBenchmarkAndTheWasmCopyDoNotChangeTheVersion() throws Exception {
        siteLikeTheBuild();
        String first = version(worker());
        write("bench/bench-page.js", "changed");
        write("wasm/hyperplane.wasm.js", "changed");
        assertEquals(first, version(worker()));
    }

    @Test
    void refusesATemplateWithoutItsMarks() throws Exception {
        siteLikeTheBuild();
        Path template = site.resolve("template.js");
        Files.writeString(template, "var VERSION = \"__VERSION__\";\n");
        Result result = run(template);
        assertEquals(1, result.code, result.output);
        assertTrue(result.output.contains("must contain"), result.output);
    }
}
