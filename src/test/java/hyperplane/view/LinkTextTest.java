package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.sim.PlaygroundSession;
import hyperplane.state.AppState;
import hyperplane.state.HashCodec;
import org.junit.jupiter.api.Test;

class LinkTextTest {
    private final AppState state = AppState.defaults();

    @Test
    void aLinkWithWeightsReplacesTheHashAndCarriesTheParameters() {
        double[] weights = new PlaygroundSession(state.playground()).parameters();
        String expected = "https://x.org/h/#" + HashCodec.link(state.withPlayground(
                state.playground().withWeights(weights)));
        assertEquals(expected, LinkText.withWeights("https://x.org/h/#old=1", state, weights));
        assertEquals(expected, LinkText.withWeights("https://x.org/h/", state, weights));
        assertNotEquals("https://x.org/h/#" + HashCodec.link(state), expected);
        // Another view's settings stay out of the link of the playground.
        AppState left = state.withBackprop(hyperplane.state.BackpropSettings.defaults().withPoint(5));
        assertFalse(LinkText.withWeights("https://x.org/h/", left, weights).contains("bp."));
    }

    @Test
    void saysWhatWasCopiedAndWarnsOfFileLinks() {
        String plain = LinkText.copied("https://x.org/", false, false, 3);
        assertTrue(plain.startsWith("The link to exactly this setup is copied."), plain);
        assertFalse(plain.contains("file on this computer"));
        String weights = LinkText.copied("file:///tmp/index.html", true, false, 12);
        assertTrue(weights.contains("(epoch 12)"), weights);
        assertTrue(weights.endsWith("(GitHub Pages, say) to share it."), weights);
        String runs = LinkText.copied("https://x.org/", true, true, 40);
        assertTrue(runs.startsWith("The link to this comparison with every run's weights as they are now (epoch 40)"),
                runs);
    }
}
