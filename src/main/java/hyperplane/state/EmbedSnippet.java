package hyperplane.state;

import java.util.Set;

/**
 * The iframe snippet that embeds the current state in another page: the page's address with the state's
 * hash plus the embed options. Attribute values are HTML-escaped, so the snippet is safe to paste
 * whatever the address holds.
 */
public final class EmbedSnippet {
    public static final int MIN_SIZE = 200;
    public static final int MAX_SIZE = 4000;

    private EmbedSnippet() {
    }

    /**
     * The snippet for {@code state} shown with the given embed options.
     *
     * @param pageUrl  the page's address without its hash (a query is kept)
     * @param width    the frame's width in CSS pixels, clamped to {@link #MIN_SIZE}..{@link #MAX_SIZE}
     * @param height   the frame's height in CSS pixels, clamped likewise
     */
    public static String build(String pageUrl, AppState state, Set<String> hide, Set<String> lock, boolean autoplay,
                               int width, int height) {
        EmbedOptions options = new EmbedOptions(true, hide, lock, state.embed().lesson(), autoplay);
        AppState embedded = state.withEmbed(options);
        String base = pageUrl;
        int hash = base.indexOf('#');
        if (hash >= 0) {
            base = base.substring(0, hash);
        }
        String src = base + "#" + HashCodec.link(embedded);
        return "<iframe src=\"" + escape(src) + "\" width=\"" + clamp(width) + "\" height=\"" + clamp(height)
                + "\" title=\"Hyperplane: see how a neural network learns\" loading=\"lazy\""
                + " style=\"border: 0; max-width: 100%;\"></iframe>";
    }

    private static int clamp(int size) {
        return Math.max(MIN_SIZE, Math.min(MAX_SIZE, size));
    }

    /** Escapes the characters that matter inside a double-quoted HTML attribute. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
