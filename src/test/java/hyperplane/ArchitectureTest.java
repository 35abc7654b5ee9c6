package hyperplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** Fully qualified names in code (not imports) count as dependencies too. */
    @Test
    void qualifiedNamesPointOneWayToo() throws IOException {
        Pattern qualified = Pattern.compile("\\bhyperplane\\.([a-z]+)\\.[A-Za-z]");
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            String own = MAIN.relativize(file).getName(0).toString();
            for (String line : codeLines(file)) {
                Matcher m = qualified.matcher(line);
                while (m.find()) {
                    String target = m.group(1);
                    if (!target.equals(own) && !ALLOWED.getOrDefault(own, List.of()).contains(target)) {
                        offenders.add(file + ": " + line.trim());
                    }
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    /** DESIGN.md §3: the engine and data packages use only java.lang and java.util (and the packages below them). */
    @Test
    void engineAndDataImportOnlyJavaUtil() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            String own = MAIN.relativize(file).getName(0).toString();
            if (!own.equals("engine") && !own.equals("data")) {
                continue;
            }
            for (String line : codeLines(file)) {
                String trimmed = line.trim();
                boolean allowed = trimmed.matches("import (static )?(hyperplane|java\\.util)\\..*");
                if (trimmed.startsWith("import") && !allowed) {
                    offenders.add(file + ": " + trimmed);
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    /**
     * DESIGN.md §3, §6 and §7 in code (comments aside): randomness only from the seeded generator, no
     * String.format (TeaVM lacks %e) and no innerHTML anywhere.
     */
    @Test
    void noUnseededRandomnessStringFormatOrInnerHtml() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            for (String line : codeLines(file)) {
                if (line.matches(".*(java\\.util\\.Random\\b|Math\\.random\\(|new Random\\(|String\\.format\\("
                        + "|\\.formatted\\(|innerHTML|InnerHTML).*")) {
                    offenders.add(file + ": " + line.trim());
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

    /** The file's lines without comment lines (Javadoc and // lines), where names in prose do not count. */
    private static List<String> codeLines(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.trim();
            if (!trimmed.startsWith("*") && !trimmed.startsWith("/*") && !trimmed.startsWith("//")) {
                out.add(line);
            }
        }
        return out;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
