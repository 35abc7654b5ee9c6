package hyperplane.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmbedSnippetTest {
    private final AppState state = AppState.defaults().withPlayground(PlaygroundConfigs.xor());

    @Test
    void carriesTheStateAndTheEmbedOptions() {
        String snippet = EmbedSnippet.build("https://example.org/hyperplane/index.html#v=1&old=1", state,
                Set.of("data"), Set.of("network"), true, 900, 600);
        assertTrue(snippet.startsWith("<iframe src=\"https://example.org/hyperplane/index.html#v=1&amp;"), snippet);
        assertFalse(snippet.contains("old=1"), "the page's own hash is replaced");
        String src = snippet.substring(snippet.indexOf("#") + 1, snippet.indexOf("\" width")).replace("&amp;", "&");
        HashCodec.Decoded decoded = HashCodec.decode(src);
        assertEquals(List.of(), decoded.notices());
        assertEquals(state.playground(), decoded.state().playground());
        EmbedOptions options = decoded.state().embed();
        assertTrue(options.embed());
        assertTrue(options.autoplay());
        assertEquals(Set.of("data"), options.hidden());
        assertEquals(Set.of("network"), options.locked());
        assertTrue(snippet.contains("width=\"900\" height=\"600\""));
    }

    @Test
    void clampsTheFrameSize() {
        String snippet = EmbedSnippet.build("file:///x.html", state, Set.of(), Set.of(), false, 5, 99999);
        assertTrue(snippet.contains("width=\"200\" height=\"4000\""), snippet);
    }

    @Test
    void escapesAttributeCharacters() {
        assertEquals("a&amp;b&quot;c&lt;d&gt;e&#39;f", EmbedSnippet.escape("a&b\"c<d>e'f"));
        String snippet = EmbedSnippet.build("https://x.org/p\"onload=\"alert(1)", state, Set.of(), Set.of(), false,
                800, 600);
        assertFalse(snippet.contains("p\"onload"), snippet);
    }
}
