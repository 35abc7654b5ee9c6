package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.SeededRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkDiagramTest {
    private static final double WIDTH = 560;
    private static final double HEIGHT = 360;

    @Test
    void largestNetworkFitsWithReadableNodes() {
        int[] sizes = {7, 16, 16, 16, 16, 16, 16, 16, 16, 1};
        NetworkDiagram diagram = new NetworkDiagram(sizes, 0, 0, WIDTH, HEIGHT);
        // Row spacing 360/16 = 22.5, minus the 4 px gap.
        assertEquals(18.5, diagram.nodeSize());
        assertNoOverlapAndInside(diagram);
    }

    @Test
    void smallNetworkGetsLargestNodes() {
        NetworkDiagram diagram = new NetworkDiagram(new int[] {2, 1}, 0, 0, WIDTH, HEIGHT);
        assertEquals(NetworkDiagram.MAX_NODE_SIZE, diagram.nodeSize());
        assertEquals(140, diagram.nodeX(0));
        assertEquals(420, diagram.nodeX(1));
        assertEquals(90, diagram.nodeY(0, 0));
        assertEquals(270, diagram.nodeY(0, 1));
        assertEquals(180, diagram.nodeY(1, 0));
        assertEquals(160, diagram.linkStartX(1));
        assertEquals(400, diagram.linkEndX(1));
    }

    @Test
    void noTwoNodesOverlapForUniformShapes() {
        for (int inputs = 1; inputs <= 7; inputs++) {
            for (int hidden = 0; hidden <= 8; hidden++) {
                for (int neurons = 1; neurons <= 16; neurons++) {
                    int[] sizes = new int[hidden + 2];
                    sizes[0] = inputs;
                    for (int l = 1; l <= hidden; l++) {
                        sizes[l] = neurons;
                    }
                    sizes[hidden + 1] = 1;
                    assertNoOverlapAndInside(new NetworkDiagram(sizes, 0, 0, WIDTH, HEIGHT));
                }
            }
        }
    }

    @Test
    void noTwoNodesOverlapForMixedShapes() {
        SeededRandom random = new SeededRandom(2024);
        for (int trial = 0; trial < 500; trial++) {
            int hidden = random.nextInt(9);
            int[] sizes = new int[hidden + 2];
            sizes[0] = 1 + random.nextInt(7);
            for (int l = 1; l <= hidden; l++) {
                sizes[l] = 1 + random.nextInt(16);
            }
            sizes[hidden + 1] = 1;
            assertNoOverlapAndInside(new NetworkDiagram(sizes, 10, 20, WIDTH, HEIGHT));
        }
    }

    @Test
    void hitTestFindsEveryNodeCentreAndMissesGaps() {
        int[] sizes = {7, 16, 5, 16, 1};
        NetworkDiagram diagram = new NetworkDiagram(sizes, 10, 20, WIDTH, HEIGHT);
        double half = diagram.nodeSize() / 2;
        for (int l = 0; l < sizes.length; l++) {
            for (int i = 0; i < sizes[l]; i++) {
                double x = diagram.nodeX(l);
                double y = diagram.nodeY(l, i);
                assertEquals(new NodeRef(l, i), diagram.nodeAt(x, y));
                assertEquals(new NodeRef(l, i), diagram.nodeAt(x + half, y - half));
                assertNull(diagram.nodeAt(x + half + 10, y));
            }
        }
        // Between two neighbours of a 16-neuron column lies a gap of 4 px, 2 px of which is slack.
        double between = (diagram.nodeY(1, 3) + diagram.nodeY(1, 4)) / 2;
        assertEquals(new NodeRef(1, 4), diagram.nodeAt(diagram.nodeX(1), between + 0.01));
        assertNull(diagram.nodeAt(diagram.nodeX(2), diagram.nodeY(2, 0) - 40));
        assertNull(diagram.nodeAt(Double.NaN, 100));
        assertNull(diagram.nodeAt(-5, 100));
    }

    @Test
    void linksColouredBySignAndWidenedByMagnitude() {
        NetworkDiagram diagram = new NetworkDiagram(new int[] {2, 3, 1}, 0, 0, WIDTH, HEIGHT);
        assertEquals(9, diagram.linkCount());
        RecordingCanvas canvas = new RecordingCanvas();
        // Weight = +1.5 when (to + from) is even, −1.5 when odd.
        diagram.draw(canvas, (layer, to, from) -> (to + from) % 2 == 0 ? 1.5 : -1.5, null);
        assertEquals(9, canvas.named("line").size());
        List<String> strokes = canvas.named("setStroke");
        long blue = strokes.stream().filter(s -> s.equals("setStroke #2C6FB7 3.25")).count();
        long orange = strokes.stream().filter(s -> s.equals("setStroke #F08A24 3.25")).count();
        // Every link has width 3.25 (a multiple of the width step), so the blue ones (layer 1: 3 of the 3 × 2
        // (to, from) sums are even; layer 2: 2 of 3) form one batch and the orange ones another.
        assertEquals(1, blue);
        assertEquals(1, orange);
        assertEquals(List.of("lines 5", "lines 4"), canvas.named("lines"));
        assertEquals(6, canvas.named("strokeRect").size());
        assertEquals(6, canvas.named("fillRect").size());
    }

    @Test
    void linksAreBatchedByColourAndRoundedWidth() {
        NetworkDiagram diagram = new NetworkDiagram(new int[] {3, 2}, 0, 0, WIDTH, HEIGHT);
        RecordingCanvas canvas = new RecordingCanvas();
        // Widths 0.5 + 5.5·|w|/3: w = 0.3 → 1.05 and 0.33 → 1.105 both round to 1.0; w = −3 → 6; NaN → 0.5 grey.
        double[][] w = {{0.3, 0.33, -3}, {Double.NaN, 0.3, -3}};
        diagram.draw(canvas, (layer, to, from) -> w[to][from], null);
        List<String> strokes = canvas.named("setStroke");
        assertEquals(List.of("setStroke #2C6FB7 1.0", "setStroke #F08A24 6.0",
                "setStroke " + RecordingCanvas.hex(ColorScale.NAN_COLOR) + " 0.5"), strokes.subList(0, 3));
        assertEquals(List.of("lines 3", "lines 2", "lines 1"), canvas.named("lines"));
        assertEquals(6, canvas.named("line").size());
        // The lone grey link is the one from input 0 to output 1.
        int grey = canvas.calls.indexOf("lines 1");
        assertEquals("line " + diagram.linkStartX(1) + " " + diagram.nodeY(0, 0) + " " + diagram.linkEndX(1) + " "
                + diagram.nodeY(1, 1), canvas.calls.get(grey + 1));
    }

    @Test
    void oneLayersLinksStayInTheirStripAndTogetherTheLayersDrawWhatDrawDoes() {
        NetworkDiagram diagram = new NetworkDiagram(new int[] {3, 4, 2, 1}, 0, 0, WIDTH, HEIGHT);
        WeightSource weights = (layer, to, from) -> Math.sin(7 * layer + 3 * to + from) * 2;
        NodeRef selected = new NodeRef(2, 1);
        RecordingCanvas whole = new RecordingCanvas();
        diagram.draw(whole, weights, selected);
        List<String> layered = new ArrayList<>();
        for (int l = 1; l <= 3; l++) {
            RecordingCanvas one = new RecordingCanvas();
            diagram.drawLinks(one, weights, selected, l, l);
            assertEquals(diagram.layerSize(l - 1) * diagram.layerSize(l), one.named("line").size(), "layer " + l);
            for (String line : one.named("line")) {
                String[] xy = line.split(" ");
                assertEquals(diagram.linkStartX(l), Double.parseDouble(xy[1]), line);
                assertEquals(diagram.linkEndX(l), Double.parseDouble(xy[3]), line);
            }
            assertEquals(l == 2 ? 2 : 1, one.named("setAlpha 1.0").size(),
                    "the ringed neuron's links are drawn opaque in its own layer only");
            layered.addAll(one.named("line"));
        }
        RecordingCanvas boxes = new RecordingCanvas();
        diagram.drawBoxes(boxes, selected);
        assertEquals(10, boxes.named("strokeRect").size());
        List<String> expected = new ArrayList<>(whole.named("line"));
        Collections.sort(expected);
        Collections.sort(layered);
        assertEquals(expected, layered);
        assertEquals(boxes.named("strokeRect"), whole.named("strokeRect"));
        assertThrows(IllegalArgumentException.class, () -> diagram.drawLinks(boxes, weights, null, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> diagram.drawLinks(boxes, weights, null, 1, 4));
    }

    @Test
    void linkWidthMapping() {
        assertEquals(0.5, NetworkDiagram.linkWidth(0));
        assertEquals(0.5 + 5.5 / 3, NetworkDiagram.linkWidth(-1));
        assertEquals(6, NetworkDiagram.linkWidth(3));
        assertEquals(6, NetworkDiagram.linkWidth(-250));
        assertEquals(0.5, NetworkDiagram.linkWidth(Double.NaN));
        assertEquals(ColorScale.NAN_COLOR, NetworkDiagram.linkColor(Double.NaN));
        assertEquals(ColorScale.CLASS_1, NetworkDiagram.linkColor(0));
        assertEquals(ColorScale.CLASS_0, NetworkDiagram.linkColor(-0.01));
    }

    @Test
    void selectionDimsOtherLinksAndDrawsItsOwnOnTop() {
        NetworkDiagram diagram = new NetworkDiagram(new int[] {2, 3, 1}, 0, 0, WIDTH, HEIGHT);
        RecordingCanvas canvas = new RecordingCanvas();
        diagram.draw(canvas, (layer, to, from) -> 1, new NodeRef(1, 2));
        List<String> calls = canvas.calls;
        int dim = calls.indexOf("setAlpha " + NetworkDiagram.DIMMED_ALPHA);
        int opaque = calls.indexOf("setAlpha 1.0");
        assertTrue(dim >= 0 && opaque > dim);
        long dimmedLines = calls.subList(dim, opaque).stream().filter(c -> c.startsWith("line ")).count();
        long opaqueLines = calls.subList(opaque, calls.size()).stream().filter(c -> c.startsWith("line ")).count();
        assertEquals(7, dimmedLines);
        assertEquals(2, opaqueLines);
        String selectedLink = "line " + diagram.linkStartX(1) + " " + diagram.nodeY(0, 1) + " "
                + diagram.linkEndX(1) + " " + diagram.nodeY(1, 2);
        assertTrue(calls.subList(opaque, calls.size()).contains(selectedLink));
        assertEquals(1, canvas.named("setStroke #222222 2.5").size());
    }

    @Test
    void rejectsBadShapes() {
        assertThrows(IllegalArgumentException.class, () -> new NetworkDiagram(new int[] {2}, 0, 0, 100, 100));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NetworkDiagram(new int[] {2, 0, 1}, 0, 0, 100, 100));
        assertEquals("sizes[1] (0) must be in 1..64", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NetworkDiagram(new int[] {64, 1}, 0, 0, 100, 100));
        assertThrows(IllegalArgumentException.class, () -> diagram().nodeY(1, 1));
    }

    private static NetworkDiagram diagram() {
        return new NetworkDiagram(new int[] {2, 1}, 0, 0, WIDTH, HEIGHT);
    }

    /** Every pair of node boxes is apart (with the minimum gap in a column) and every box lies in the area. */
    private static void assertNoOverlapAndInside(NetworkDiagram d) {
        double size = d.nodeSize();
        int layers = d.layerCount();
        for (int l = 0; l < layers; l++) {
            for (int i = 0; i < d.layerSize(l); i++) {
                double x = d.nodeLeft(l);
                double y = d.nodeTop(l, i);
                String where = "node (" + l + ", " + i + ") of " + layers + " layers";
                assertTrue(x >= 0 && y >= 0 && x + size <= WIDTH + 10 && y + size <= HEIGHT + 20, where);
                for (int m = l; m < layers; m++) {
                    for (int k = m == l ? i + 1 : 0; k < d.layerSize(m); k++) {
                        boolean apartX = Math.abs(d.nodeX(l) - d.nodeX(m)) >= size;
                        double dy = Math.abs(d.nodeY(l, i) - d.nodeY(m, k));
                        boolean apartY = dy >= size + NetworkDiagram.MIN_GAP - 1e-9;
                        assertTrue(apartX || apartY, where + " overlaps (" + m + ", " + k + ")");
                    }
                }
            }
        }
    }
}
