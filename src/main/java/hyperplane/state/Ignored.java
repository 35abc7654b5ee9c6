package hyperplane.state;

import java.util.List;

/** The one wording of a key the link codecs could not use: {@code "ignored KEY=VALUE: reason"}. */
final class Ignored {
    /** Longer values are cut to this many characters and an ellipsis. */
    static final int SHOWN_VALUE = 24;

    private Ignored() {
    }

    /** Adds "ignored key=value: reason" to {@code notices}, the value shortened. */
    static void note(List<String> notices, String key, String value, String reason) {
        notices.add("ignored " + key + "=" + shorten(value) + ": " + reason);
    }

    /** {@code s} cut to {@value #SHOWN_VALUE} characters and "…" when longer. */
    static String shorten(String s) {
        return s.length() <= SHOWN_VALUE ? s : s.substring(0, SHOWN_VALUE) + "…";
    }
}
