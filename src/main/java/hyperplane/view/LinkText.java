package hyperplane.view;

import hyperplane.state.AppState;
import hyperplane.state.HashCodec;

/**
 * The links "Copy link" and "Copy link with weights" make, and what the user is told about them. Apart from the
 * DOM so that the JVM tests them.
 */
public final class LinkText {
    private LinkText() {
    }

    /**
     * The page's {@code url} with its hash replaced by {@code state} whose playground carries {@code weights} (the
     * network's parameters now), so that the link starts from exactly these weights.
     */
    public static String withWeights(String url, AppState state, double[] weights) {
        int hash = url.indexOf('#');
        String base = hash < 0 ? url : url.substring(0, hash);
        return base + "#" + HashCodec.link(state.withPlayground(state.playground().withWeights(weights)));
    }

    /**
     * What was copied ({@code runs}: a comparison, whose every run's weights a link with weights holds); a file: link
     * opens only on this computer, which is said too.
     */
    public static String copied(String url, boolean withWeights, boolean runs, int epoch) {
        String what = withWeights && runs ? "The link to this comparison with every run's weights as they are now"
                + " (epoch " + epoch + ") is copied: whoever opens it starts each run from exactly its weights."
                : withWeights ? "The link to this setup with the network's weights as they are now (epoch "
                + epoch + ") is copied: whoever opens it starts from exactly these weights."
                : "The link to exactly this setup is copied. Anyone who opens it sees the same data, network "
                        + "and settings.";
        if (url.startsWith("file:")) {
            what += " It points to a file on this computer, so it opens only here; put the site on a web server "
                    + "(GitHub Pages, say) to share it.";
        }
        return what;
    }
}
