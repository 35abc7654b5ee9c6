package hyperplane.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.Activation;
import hyperplane.engine.Loss;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompareSettingsTest {
    private static final PlaygroundConfig A = PlaygroundConfig.defaults();

    @Test
    void writesOnlyTheKeysThatDiffer() {
        PlaygroundConfig b = A.withLoss(Loss.MSE).withLearningRate(0.3);
        assertEquals(Map.of("loss", "mse", "lr", "0.3"), CompareSettings.overrides(A, b));
        assertEquals(Map.of(), CompareSettings.overrides(A, A.withSeed(7).withNoise(0.2)));
    }

    @Test
    void linkRoundTripKeepsEveryRun() {
        CompareSettings compare = CompareSettings.NONE
                .plus(CompareSettings.overrides(A, A.withLoss(Loss.MSE)))
                .plus(CompareSettings.overrides(A, A.withLearningRate(0.3).withHidden(new int[] {8, 8})))
                .plus(Map.of());
        AppState state = AppState.defaults().withCompare(compare);
        String hash = HashCodec.encode(state);
        assertTrue(hash.contains("&b=loss:mse&c=hidden:8,8;lr:0.3&d="), hash);
        HashCodec.Decoded decoded = HashCodec.decode(hash);
        assertEquals(List.of(), decoded.notices());
        assertEquals(compare, decoded.state().compare());
        assertEquals(hash, HashCodec.encode(decoded.state()));
        assertEquals(Loss.MSE, decoded.state().compare().config(1, decoded.state().playground()).loss());
        assertEquals(HashCodec.link(state), HashCodec.link(HashCodec.decode(HashCodec.link(state)).state()));
    }

    @Test
    void readsTheLeadExamples() {
        HashCodec.Decoded decoded = HashCodec.decode("#v=1&b=lr:0.3&c=lr:0.003");
        assertEquals(List.of(), decoded.notices());
        CompareSettings compare = decoded.state().compare();
        assertEquals(3, compare.count());
        assertEquals(0.3, compare.config(1, A).learningRate());
        assertEquals(0.003, compare.config(2, A).learningRate());
    }

    @Test
    void aMalformedComparisonFallsBackToASingleRunWithANotice() {
        for (String bad : List.of("b=lr:abc", "b=seed:3", "b=loss", "b=loss:mse;loss:cross-entropy",
                "b=out:tanh", "b=lr:0.3&c=hidden:99", "b=act:softmax", "b=w:P_AAAAAAAAA", "b=w:not+base64")) {
            HashCodec.Decoded decoded = HashCodec.decode("v=1&lr=0.1&" + bad);
            assertFalse(decoded.state().compare().active(), bad);
            assertEquals(0.1, decoded.state().playground().learningRate(), bad);
            assertEquals(1, decoded.notices().size(), bad + ": " + decoded.notices());
            assertTrue(decoded.notices().get(0).startsWith("ignored the comparison ("), decoded.notices().get(0));
        }
        // A tanh output does not fit cross-entropy: the rows' own cross-check names why.
        String notice = HashCodec.decode("v=1&b=out:tanh").notices().get(0);
        assertTrue(notice.contains("cross-entropy needs a sigmoid output"), notice);
    }

    @Test
    void aRunThatDiffersInItsModelKeepsAsStartingWeightsOfTheSameShape() {
        PlaygroundConfig a = A.withWeights(filled(hyperplane.engine.Network.parameterCount(A.layerSizes()), 0.5));
        CompareSettings compare = CompareSettings.NONE.plus(Map.of("loss", "mse")).plus(Map.of("hidden", "3"));
        assertArrayEquals(a.weights(), compare.config(1, a).weights());
        assertFalse(compare.config(2, a).hasWeights());
    }

    /** A run's own starting weights (w) go through the link and come back bit for bit, after its other keys. */
    @Test
    void aRunsOwnStartingWeightsRoundTripThroughTheLink() {
        double[] own = filled(hyperplane.engine.Network.parameterCount(
                PlaygroundConfig.layerSizes(A.features().size(), new int[] {3}, A.classes())), -0.25);
        own[0] = Math.PI;
        PlaygroundConfig b = CompareSettings.NONE.plus(Map.of("hidden", "3")).config(1, A).withWeights(own);
        Map<String, String> overrides = CompareSettings.overrides(A, b);
        assertEquals(List.of("hidden", "w"), List.copyOf(overrides.keySet()));
        AppState state = AppState.defaults().withPlayground(A).withCompare(CompareSettings.NONE.plus(overrides));
        HashCodec.Decoded decoded = HashCodec.decode(HashCodec.link(state));
        assertEquals(List.of(), decoded.notices());
        assertArrayEquals(own, decoded.state().compare().config(1, A).weights(), 0);
    }

    @Test
    void refusesKeysARunCannotChange() {
        assertThrows(IllegalArgumentException.class, () -> new CompareSettings(List.of(Map.of("seed", "2"))));
        assertThrows(IllegalArgumentException.class,
                () -> new CompareSettings(List.of(Map.of(), Map.of(), Map.of(), Map.of())));
        assertThrows(IllegalArgumentException.class,
                () -> CompareSettings.NONE.plus(Map.of("out", "tanh")).config(1, A));
        assertEquals(Activation.RELU, CompareSettings.NONE.plus(Map.of("act", "relu")).config(1, A).activation());
    }

    private static double[] filled(int n, double value) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, value);
        return out;
    }
}
