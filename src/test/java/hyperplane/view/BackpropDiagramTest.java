package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.Feature;
import hyperplane.engine.Activation;
import hyperplane.engine.Loss;
import hyperplane.engine.Network;
import hyperplane.sim.BackpropWalkthrough;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackpropDiagramTest {
    private static final List<Feature> FEATURES = List.of(Feature.X1, Feature.X2);

    /** 2 → 3 → 1 at (0.5, −0.5), target 1. */
    private static BackpropWalkthrough walk() {
        Network n = Network.create(2, new int[] {3}, Activation.TANH, Activation.SIGMOID, Loss.CROSS_ENTROPY);
        return new BackpropWalkthrough(n, new double[] {0.5, -0.5}, new double[] {1}, 0);
    }

    private static RecordingCanvas draw(BackpropWalkthrough walk, int step) {
        RecordingCanvas canvas = new RecordingCanvas();
        new BackpropDiagram().draw(canvas, 400, 260, walk, step, 1, FEATURES);
        return canvas;
    }

    @Test
    void outlinesTheStepsLayerAndNamesTheInputs() {
        RecordingCanvas canvas = draw(walk(), 0);
        assertEquals(3, canvas.named("strokeRect").size() - countNodes(canvas));
        assertTrue(canvas.calls.contains("setStroke #1B5E8C 3.0"));
        List<String> texts = canvas.texts();
        assertEquals(List.of("x₁", "x₂"), texts.subList(texts.size() - 2, texts.size()));
    }

    @Test
    void forwardStepsShowOutputsUpToTheirLayerBackwardStepsDeltasFromIt() {
        BackpropWalkthrough walk = walk();
        // Step 0 is the hidden layer's forward pass: the inputs' and the hidden layer's a, 2 + 3 values.
        List<String> forward = draw(walk, 0).texts();
        assertEquals(2 + 3 + 2, forward.size());
        assertEquals(Format.fixed(walk.trace().a(1, 0), 2), forward.get(2));
        // The last step is the hidden layer's gradients: δ of the hidden and output layers, 3 + 1 values.
        List<String> backward = draw(walk, walk.stepCount() - 1).texts();
        assertEquals(3 + 1 + 2, backward.size());
        assertEquals(Format.fixed(walk.trace().delta(1, 0), 2), backward.get(0));
    }

    @Test
    void legendSaysWhatTheLinksShow() {
        BackpropWalkthrough walk = walk();
        assertTrue(BackpropDiagram.legend(walk, 0).startsWith("Outlined: hidden layer 1. Links: blue for positive"));
        String backward = BackpropDiagram.legend(walk, walk.stepCount() - 1);
        assertTrue(backward.contains("Links now show ∂C/∂w"), backward);
        assertTrue(backward.endsWith(" — a layer far below the others is where the gradient vanishes."), backward);
    }

    /** The node boxes the network diagram itself strokes (drawn before the outlines). */
    private static int countNodes(RecordingCanvas canvas) {
        int outline = canvas.calls.indexOf("setStroke #1B5E8C 3.0");
        int n = 0;
        for (int i = 0; i < outline; i++) {
            if (canvas.calls.get(i).startsWith("strokeRect ")) {
                n++;
            }
        }
        return n;
    }
}
