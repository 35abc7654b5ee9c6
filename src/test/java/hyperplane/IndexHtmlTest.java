package hyperplane;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.state.PlaygroundConfig;
import hyperplane.state.TrainingSpeed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * STYLE.md §12 on web/index.html as written: every id is unique, every control (input, select, textarea, button)
 * has an id, and every form control has a label: a {@code <label for>}, a wrapping {@code <label>}, an
 * aria-label, or an aria-labelledby naming an element that exists. Reads the file with a small tag scanner
 * (comments and script bodies removed first), which is enough for the hand-written page.
 */
class IndexHtmlTest {
    private static final Path INDEX = Path.of("web/index.html");
    private static final Pattern TAG =
            Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");
    private static final Pattern ATTRIBUTE =
            Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?");

    /** One start tag: its name, attributes, and whether it sits inside a {@code <label>}. */
    private record Tag(String name, Map<String, String> attributes, boolean inLabel) {
    }

    @Test
    void everyIdIsUnique() throws IOException {
        assertEquals(List.of(), duplicateIds(tags(Files.readString(INDEX))));
    }

    @Test
    void everyControlHasAnId() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Tag tag : tags(Files.readString(INDEX))) {
            if (isControl(tag) || tag.name.equals("button")) {
                String id = tag.attributes.get("id");
                if (id == null || id.isBlank()) {
                    missing.add("<" + tag.name + " " + tag.attributes + ">");
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void theBatchSizeSliderCoversWhatALinkMaySet() throws IOException {
        Tag slider = tags(Files.readString(INDEX)).stream()
                .filter(t -> "batch-size".equals(t.attributes.get("id"))).findFirst().orElseThrow();
        assertEquals("1", slider.attributes.get("min"));
        assertEquals(Integer.toString(PlaygroundConfig.MAX_BATCH), slider.attributes.get("max"));
    }

    @Test
    void theSpeedSelectOffersEverySpeedALinkMaySetWithItsName() throws IOException {
        String html = Files.readString(INDEX);
        String select = html.substring(html.indexOf("<select id=\"speed\">"), html.indexOf("</select>",
                html.indexOf("<select id=\"speed\">")));
        Matcher option = Pattern.compile("<option value=\"([^\"]*)\"( selected)?>([^<]*)</option>").matcher(select);
        List<String> offered = new ArrayList<>();
        for (TrainingSpeed speed : TrainingSpeed.values()) {
            assertTrue(option.find(), "an option for " + speed.key());
            offered.add(option.group(1));
            assertEquals(speed.label(), option.group(3));
            assertEquals(speed == PlaygroundConfig.defaults().speed(), option.group(2) != null, speed.key());
        }
        assertEquals(List.of("1", "5", "15", "30", "60", "240", "max"), offered);
        assertTrue(!option.find(), "no other option");
    }

    @Test
    void everyFormControlHasALabel() throws IOException {
        assertEquals(List.of(), unlabelled(tags(Files.readString(INDEX))));
    }

    @Test
    void findsDuplicateIdsAndUnlabelledControls() {
        List<Tag> tags = tags("<!-- <input id=\"a\"> --><div id=\"a\"></div><p id='a'>"
                + "<label for=\"a\">A</label><input id=\"a\">"
                + "<label>B <select id=\"b\"></select></label>"
                + "<input type=\"text\" id=\"c\"><textarea id=\"d\" aria-label=\"D\"></textarea>"
                + "<span id=\"e-label\">E</span><input id=\"e\" aria-labelledby=\"e-label\">"
                + "<input id=\"f\" aria-labelledby=\"nowhere\"><input type=\"hidden\" id=\"g\">"
                + "<script>var s = '<input id=\"h\">';</script><input id=\"i\" aria-label=\"  \">");
        assertEquals(List.of("a (3 times)"), duplicateIds(tags));
        assertEquals(List.of("c", "f", "i"), unlabelled(tags));
    }

    private static List<String> duplicateIds(List<Tag> tags) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Tag tag : tags) {
            String id = tag.attributes.get("id");
            if (id != null) {
                counts.merge(id, 1, Integer::sum);
            }
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > 1) {
                out.add(e.getKey() + " (" + e.getValue() + " times)");
            }
        }
        return out;
    }

    private static List<String> unlabelled(List<Tag> tags) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> labelled = new LinkedHashSet<>();
        for (Tag tag : tags) {
            if (tag.attributes.containsKey("id")) {
                ids.add(tag.attributes.get("id"));
            }
            if (tag.name.equals("label") && tag.attributes.containsKey("for")) {
                labelled.add(tag.attributes.get("for"));
            }
        }
        List<String> out = new ArrayList<>();
        for (Tag tag : tags) {
            if (!isControl(tag)) {
                continue;
            }
            String id = tag.attributes.getOrDefault("id", "<" + tag.name + " without id>");
            String ariaLabel = tag.attributes.getOrDefault("aria-label", "");
            String labelledBy = tag.attributes.getOrDefault("aria-labelledby", "");
            boolean named = tag.inLabel || labelled.contains(id) || !ariaLabel.isBlank()
                    || (!labelledBy.isBlank() && ids.containsAll(List.of(labelledBy.trim().split("\\s+"))));
            if (!named) {
                out.add(id);
            }
        }
        return out;
    }

    /** Inputs (but hidden ones, which are not shown), selects and textareas. */
    private static boolean isControl(Tag tag) {
        return switch (tag.name) {
            case "input" -> !"hidden".equalsIgnoreCase(tag.attributes.get("type"));
            case "select", "textarea" -> true;
            default -> false;
        };
    }

    private static List<Tag> tags(String html) {
        String text = html.replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?is)(<script\\b[^>]*>).*?(</script>)", "$1$2");
        List<Tag> out = new ArrayList<>();
        int labelDepth = 0;
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            String name = m.group(2).toLowerCase();
            if (name.equals("label")) {
                labelDepth += m.group(1).isEmpty() ? 1 : -1;
                assertTrue(labelDepth >= 0, "a </label> without its <label> at offset " + m.start());
            }
            if (m.group(1).isEmpty()) {
                out.add(new Tag(name, attributes(m.group(3)), labelDepth > 0 && !name.equals("label")));
            }
        }
        return out;
    }

    private static Map<String, String> attributes(String source) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(source);
        while (m.find()) {
            String value = m.group(2) == null ? "" : m.group(2);
            if (value.startsWith("\"") || value.startsWith("'")) {
                value = value.substring(1, value.length() - 1);
            }
            out.put(m.group(1).toLowerCase(), value);
        }
        return out;
    }

    /** The class buttons of the playground and the perceptron name each class as the one palette does. */
    @Test
    void classButtonsNameTheClassPalettesColours() throws IOException {
        String html = Files.readString(INDEX);
        Matcher button = Pattern.compile("id=\"(p-)?class-(\\d)\" value=\"\\d\"[^>]*>(.*?)</label>").matcher(html);
        int found = 0;
        while (button.find()) {
            int c = Integer.parseInt(button.group(2));
            String name = hyperplane.view.ClassPalette.name(c);
            String text = button.group(3).replaceAll("<[^>]*>", "").trim();
            assertEquals(Character.toUpperCase(name.charAt(0)) + name.substring(1) + " (" + c + ")", text);
            found++;
        }
        assertEquals(2 * hyperplane.view.ClassPalette.MAX_CLASSES, found, "six buttons in each view");
    }
}
