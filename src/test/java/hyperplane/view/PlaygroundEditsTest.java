package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.Feature;
import hyperplane.data.ProblemType;
import hyperplane.state.PlaygroundConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaygroundEditsTest {
    @Test
    void regenerateScramblesTheSeedReproducibly() {
        assertEquals(PlaygroundEdits.nextSeed(1), PlaygroundEdits.nextSeed(1));
        assertEquals(12345, PlaygroundEdits.nextSeed(0));
        for (int seed : new int[] {0, 1, 99999, Integer.MAX_VALUE}) {
            int next = PlaygroundEdits.nextSeed(seed);
            assertEquals(true, next >= 0 && next < 100000, "seed " + seed + " gives " + next);
        }
    }

    @Test
    void aTypedSeedMustBeAWholeNumberInRange() {
        assertEquals(42, PlaygroundEdits.seed(42));
        assertEquals(Integer.MAX_VALUE, PlaygroundEdits.seed(2147483647.0));
        assertEquals(-1, PlaygroundEdits.seed(-1));
        assertEquals(-1, PlaygroundEdits.seed(1.5));
        assertEquals(-1, PlaygroundEdits.seed(Double.NaN));
        assertEquals(-1, PlaygroundEdits.seed(2147483648.0));
    }

    @Test
    void aTickedFeatureJoinsInListOrderAndTheLastOneStays() {
        List<Feature> some = List.of(Feature.values()[2], Feature.values()[0]);
        assertEquals(List.of(Feature.values()[0], Feature.values()[1], Feature.values()[2]),
                PlaygroundEdits.toggled(some, Feature.values()[1], true));
        assertEquals(List.of(Feature.values()[2]), PlaygroundEdits.toggled(some, Feature.values()[0], false));
        assertNull(PlaygroundEdits.toggled(List.of(Feature.values()[0]), Feature.values()[0], false));
    }

    @Test
    void layerButtonsCopyTheLastSizeAndStopAtTheBounds() {
        assertArrayEquals(new int[] {3, 2, 2}, PlaygroundEdits.layers(new int[] {3, 2}, 1));
        assertArrayEquals(new int[] {3}, PlaygroundEdits.layers(new int[] {3, 2}, -1));
        assertArrayEquals(new int[] {4}, PlaygroundEdits.layers(new int[0], 1));
        assertNull(PlaygroundEdits.layers(new int[0], -1));
        assertNull(PlaygroundEdits.layers(new int[PlaygroundConfig.MAX_HIDDEN_LAYERS], 1));
        int[] hidden = {1, 5};
        assertArrayEquals(new int[] {1, 6}, PlaygroundEdits.neurons(hidden, 1, 1));
        assertArrayEquals(new int[] {1, 5}, hidden, "the argument is not changed");
        assertNull(PlaygroundEdits.neurons(hidden, 0, -1));
        assertNull(PlaygroundEdits.neurons(new int[] {PlaygroundConfig.MAX_NEURONS}, 0, 1));
    }

    @Test
    void selectsOfferWhatFitsTheProblem() {
        List<PlaygroundEdits.Option> regression = PlaygroundEdits.datasets(ProblemType.REGRESSION);
        assertEquals(PlaygroundEdits.MY_POINTS, regression.get(regression.size() - 1).key());
        assertEquals(List.of("linear"), PlaygroundEdits.outputs(ProblemType.REGRESSION).stream()
                .map(PlaygroundEdits.Option::key).toList());
        assertEquals(List.of("sigmoid", "tanh"), PlaygroundEdits.outputs(ProblemType.CLASSIFICATION).stream()
                .map(PlaygroundEdits.Option::key).toList());
        assertEquals("1 hidden layer", PlaygroundEdits.layerCount(1));
        assertEquals("0 hidden layers", PlaygroundEdits.layerCount(0));
        assertEquals("2 neurons", PlaygroundEdits.neuronCount(2));
    }

    @Test
    void moreThanTwoClassesOfferTheSoftmaxAlone() {
        assertEquals(List.of("softmax"), PlaygroundEdits.outputs(ProblemType.CLASSIFICATION, 3).stream()
                .map(PlaygroundEdits.Option::key).toList());
        assertEquals(List.of("sigmoid", "tanh"), PlaygroundEdits.outputs(ProblemType.CLASSIFICATION, 2).stream()
                .map(PlaygroundEdits.Option::key).toList());
        assertEquals(List.of("linear"), PlaygroundEdits.outputs(ProblemType.REGRESSION, 2).stream()
                .map(PlaygroundEdits.Option::key).toList());
        assertTrue(PlaygroundEdits.datasets(ProblemType.CLASSIFICATION).stream()
                .anyMatch(o -> o.key().equals("pinwheel")));
    }
}
