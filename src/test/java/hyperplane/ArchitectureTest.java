package hyperplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The package rules of DESIGN.md §3, checked on the source tree. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/hyperplane");

    /** Each package may import only the packages listed after it (besides itself). */
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "engine", List.of(),
            "data", List.of("engine"),
            "state", List.of("data", "engine"),
            "sim", List.of("state", "data", "engine"),
            "view", List.of("sim", "state", "data", "engine"),
            "browser", List.of("view", "sim", "state", "data", "engine"));

    @Test
    void teavmIsImportedOnlyInBrowser() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            String packageName = MAIN.relativize(file).getName(0).toString();
            if (!packageName.equals("browser") && Files.readString(file).contains("org.teavm")) {
                offenders.add(file.toString());
            }
        }
        assertEquals(List.of(), offenders, "org.teavm outside hyperplane.browser");
    }

    @Test
    void dependenciesPointOneWay() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            String own = MAIN.relativize(file).getName(0).toString();
            List<String> allowed = ALLOWED.get(own);
            assertTrue(allowed != null, "unexpected package " + own);
            for (String line : Files.readAllLines(file)) {
                String trimmed = line.trim();
                if (trimmed.startsWith("import") && trimmed.contains("hyperplane.")) {
                    String target = trimmed.replaceFirst("^import (static )?hyperplane\\.", "").split("\\.")[0];
                    if (!target.equals(own) && !allowed.contains(target)) {
                        offenders.add(file + ": " + trimmed);
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void everyPackageOfTheDesignExists() {
        for (String name : ALLOWED.keySet()) {
            assertTrue(Files.isDirectory(MAIN.resolve(name)), name);
        }
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
