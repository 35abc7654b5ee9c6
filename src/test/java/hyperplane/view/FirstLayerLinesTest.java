package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.Feature;
import hyperplane.engine.Activation;
import hyperplane.engine.Loss;
import hyperplane.engine.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstLayerLinesTest {
    /** The playground's domain [−6, 6]² on 240 × 240 px. */
    private final Viewport domain = new Viewport(-6, 6, -6, 6, 0, 0, 240, 240);
    private final FirstLayerLines lines = new FirstLayerLines(domain);

    private static Network network(int inputs, int first) {
        return new Network(new int[] {inputs, first, 1}, new Activation[] {Activation.TANH, Activation.SIGMOID},
                Loss.CROSS_ENTROPY);
    }

    @Test
    void withX1AndX2EachNeuronDrawsItsExactLine() {
        Network n = network(2, 3);
        // Neuron 0: x1 = 2; neuron 1: x2 = −3 (inputs in the order x2, x1 below); neuron 2: all zero, no line.
        n.setWeight(1, 0, 1, 1);
        n.setBias(1, 0, -2);
        n.setWeight(1, 1, 0, 2);
        n.setBias(1, 1, 6);
        lines.update(n, List.of(Feature.X2, Feature.X1));
        assertFalse(lines.curved());
        assertEquals(3, lines.count());
        assertTrue(lines.drawn(0) && lines.drawn(1));
        assertFalse(lines.drawn(2));
        assertEquals(2, lines.line(0).lineX1(), 1e-12);
        assertEquals(2, lines.line(0).lineX2(), 1e-12);
        assertEquals(-3, lines.line(1).lineY1(), 1e-12);
        assertEquals(-3, lines.line(1).lineY2(), 1e-12);
        // Neuron 0's number sits on its line, 12 px in from its first end (the bottom edge).
        assertEquals(domain.toPixelX(2), lines.labelX(0), 1e-9);
        assertEquals(240 - FirstLayerLines.BADGE_INSET, lines.labelY(0), 1e-9);
    }

    @Test
    void aSingleInputStillGivesAStraightLine() {
        Network n = network(1, 1);
        n.setWeight(1, 0, 0, -1);
        n.setBias(1, 0, 1);
        lines.update(n, List.of(Feature.X2));
        assertFalse(lines.curved());
        assertEquals(1, lines.line(0).lineY1(), 1e-12);
        assertEquals(1, lines.line(0).lineY2(), 1e-12);
    }

    @Test
    void otherFeaturesGiveTheZeroLevelOfZAsACurve() {
        Network n = network(3, 2);
        // Neuron 0: z = x1² + x2² − 9 (a circle of radius 3, drawn though the activation is tanh);
        // neuron 1: z = x1 − 2 through the squared input's zero weight: still on the grid, still straight.
        n.setWeight(1, 0, 0, 1);
        n.setWeight(1, 0, 1, 1);
        n.setBias(1, 0, -9);
        n.setWeight(1, 1, 2, 1);
        n.setBias(1, 1, -2);
        lines.update(n, List.of(Feature.X1_SQUARED, Feature.X2_SQUARED, Feature.X1));
        assertTrue(lines.curved());
        ZeroContour circle = lines.contour(0);
        double[] s = circle.segments();
        for (int k = 0; k < 2 * circle.segmentCount(); k++) {
            assertEquals(3, Math.hypot(domain.toDataX(s[2 * k]), domain.toDataY(s[2 * k + 1])), 0.05);
        }
        ZeroContour line = lines.contour(1);
        assertEquals(FirstLayerLines.CELLS, line.segmentCount());
        assertEquals(domain.toPixelX(2), line.segments()[0], 1e-9);
        // Weights change while training: the next update follows them.
        n.setBias(1, 0, -25);
        lines.update(n, List.of(Feature.X1_SQUARED, Feature.X2_SQUARED, Feature.X1));
        assertEquals(5, Math.hypot(domain.toDataX(circle.segments()[0]), domain.toDataY(circle.segments()[1])), 0.05);
    }

    @Test
    void drawsEveryLineInItsColourWithItsNumber() {
        Network n = network(2, 2);
        n.setWeight(1, 0, 0, 1);
        n.setWeight(1, 1, 1, 1);
        lines.update(n, List.of(Feature.X1, Feature.X2));
        RecordingCanvas canvas = new RecordingCanvas();
        lines.draw(canvas, -1);
        assertTrue(canvas.calls.contains("setStroke #CC3311 2.0"));
        assertTrue(canvas.calls.contains("setStroke #117733 2.0"));
        assertEquals(2, canvas.named("text").size());
        assertTrue(canvas.named("text").get(0).startsWith("text 1 "));
        assertTrue(canvas.named("text").get(1).startsWith("text 2 "));
        assertFalse(canvas.calls.contains("setAlpha " + FirstLayerLines.FADED_ALPHA));
    }

    @Test
    void aHighlightedLineIsWideAndLastTheOthersFaded() {
        Network n = network(2, 3);
        for (int j = 0; j < 3; j++) {
            n.setWeight(1, j, 0, 1);
            n.setBias(1, j, j - 1);
        }
        lines.update(n, List.of(Feature.X1, Feature.X2));
        RecordingCanvas canvas = new RecordingCanvas();
        lines.draw(canvas, 1);
        int faded = canvas.calls.indexOf("setAlpha " + FirstLayerLines.FADED_ALPHA);
        int wide = canvas.calls.indexOf("setStroke #117733 " + FirstLayerLines.HIGHLIGHT_WIDTH);
        assertTrue(faded >= 0 && wide > faded);
        assertTrue(canvas.calls.lastIndexOf("setStroke #332288 2.0") < wide, "neuron 2 drawn before");
        assertEquals("setAlpha 1.0", canvas.calls.get(canvas.calls.size() - 1));
    }

    @Test
    void theColoursAreDistinctReadOnWhiteAndRepeatAfterSix() {
        int k = FirstLayerLines.colorCount();
        assertEquals(6, k);
        for (int a = 0; a < k; a++) {
            int ca = FirstLayerLines.color(a);
            assertTrue(Dichromacy.contrast(ca, 0xFFFFFF) >= 4.5, Integer.toHexString(ca));
            assertTrue(Dichromacy.seenDistance(Dichromacy.NORMAL, ca, ColorScale.CLASS_0) > 90);
            assertTrue(Dichromacy.seenDistance(Dichromacy.NORMAL, ca, ColorScale.CLASS_1) > 85);
            for (int b = a + 1; b < k; b++) {
                int cb = FirstLayerLines.color(b);
                assertTrue(Dichromacy.seenDistance(Dichromacy.NORMAL, ca, cb) > 80);
                for (int m = 0; m < Dichromacy.ALL.length; m++) {
                    double d = Dichromacy.seenDistance(Dichromacy.ALL[m], ca, cb);
                    assertTrue(d > 40, Dichromacy.NAMES[m] + ": colours " + a + " and " + b + " are " + d + " apart");
                }
            }
        }
        assertEquals(FirstLayerLines.color(0), FirstLayerLines.color(6));
        assertNotEquals(FirstLayerLines.color(0), FirstLayerLines.color(5));
        assertThrows(IllegalArgumentException.class, () -> FirstLayerLines.color(-1));
    }

    @Test
    void marksTheFirstLayersNodesInTheirColours() {
        NetworkDiagram diagram = new NetworkDiagram(new int[] {2, 3, 1}, 40, 6, 300, 200);
        RecordingCanvas canvas = new RecordingCanvas();
        FirstLayerLines.markNodes(canvas, diagram, new NodeRef(1, 2));
        assertEquals(3, canvas.named("strokeRect").size());
        assertTrue(canvas.calls.contains("setStroke #CC3311 2.0"));
        assertTrue(canvas.calls.contains("setStroke #332288 3.0"));
    }

    @Test
    void refusesFeaturesThatDoNotFitTheNetwork() {
        assertThrows(IllegalArgumentException.class, () -> lines.update(network(2, 2), List.of(Feature.X1)));
    }
}
