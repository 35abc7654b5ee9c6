package hyperplane.view;

import hyperplane.sim.BackpropWalkthrough;
import hyperplane.state.BackpropSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the backprop inspector is: the point inspected (a dataset index), the step shown, and the neuron written
 * out in full in a big layer. Kept apart from the DOM so that the JVM tests how it moves: a step is clamped to the
 * walkthrough, a step into a layer of another size forgets the chosen neuron, a big layer without a chosen neuron
 * focuses its strongest one, and the keys that step (arrows, n and p) do not step while a form control has focus.
 */
public final class BackpropCursor {
    /** Shown in place of the steps when the playground has no training points. */
    public static final String NO_POINTS = "There are no training points yet. Place some in the playground, or pick"
            + " a dataset there, then come back to inspect one.";

    private int point = -1;
    private int step;
    /** The neuron written out in full in the current step's layer; −1: none chosen (or the layer is small). */
    private int focus = -1;

    /** Takes the point and step of {@code settings} (checked by the codec); no neuron is chosen. */
    public void read(BackpropSettings settings) {
        point = settings.point();
        step = settings.step();
        focus = -1;
    }

    /** The point inspected (a dataset index), or −1 before any. */
    public int point() {
        return point;
    }

    /** Inspects point {@code index} (a dataset index). */
    public void setPoint(int index) {
        point = index;
    }

    /** The step shown, from 0. */
    public int step() {
        return step;
    }

    /** The neuron chosen in the neuron picker, or −1. */
    public int focus() {
        return focus;
    }

    /** The neuron chosen in the neuron picker. */
    public void setFocus(int neuron) {
        focus = neuron;
    }

    /** Keeps the step within a new walkthrough (one of another network may have fewer steps). */
    public void follow(BackpropWalkthrough walk) {
        if (step >= walk.stepCount()) {
            step = walk.stepCount() - 1;
        }
    }

    /**
     * Moves to step {@code target}, clamped to the walkthrough; a layer of another size forgets the chosen neuron.
     *
     * @return whether the step changed
     */
    public boolean go(BackpropWalkthrough walk, int target) {
        int clamped = BackpropReadout.clampStep(target, walk.stepCount());
        if (clamped == step) {
            return false;
        }
        int oldLayer = walk.layer(step);
        step = clamped;
        if (walk.trace().size(walk.layer(step)) != walk.trace().size(oldLayer)) {
            focus = -1;
        }
        return true;
    }

    /**
     * The neuron picker's options for the current step's layer: empty for a layer small enough to write out in
     * full ({@link BackpropWalkthrough#FULL_LAYER}; then no neuron is chosen), else one label per neuron, and a
     * neuron is chosen (the strongest, unless one in range already is).
     */
    public List<String> neuronChoices(BackpropWalkthrough walk) {
        int layer = walk.layer(step);
        int size = walk.trace().size(layer);
        List<String> labels = new ArrayList<>();
        if (size <= BackpropWalkthrough.FULL_LAYER) {
            focus = -1;
            return labels;
        }
        if (focus < 0 || focus >= size) {
            focus = walk.strongestNeuron(layer);
        }
        boolean classes = layer == walk.layerCount() && walk.softmaxOutput();
        for (int j = 0; j < size; j++) {
            labels.add(classes ? "Class " + j + " of the output layer"
                    : "Neuron " + (j + 1) + " of " + walk.layerName(layer));
        }
        return labels;
    }

    /** The neuron written out in full in step {@code s}: the chosen one in the current layer, else the strongest. */
    public int focusFor(BackpropWalkthrough walk, int s) {
        return walk.layer(s) == walk.layer(step) ? focus : walk.strongestNeuron(walk.layer(s));
    }

    /**
     * The steps a key press moves: +1 for ArrowRight or n, −1 for ArrowLeft or p, 0 for other keys and while the
     * event's target (its tag name, upper case) is a form control, whose keys are its own.
     */
    public static int keyStep(String key, String targetTag) {
        switch (targetTag) {
            case "SELECT", "TEXTAREA", "INPUT", "SUMMARY" -> {
                return 0;
            }
            default -> {
                return switch (key) {
                    case "ArrowRight", "n" -> 1;
                    case "ArrowLeft", "p" -> -1;
                    default -> 0;
                };
            }
        }
    }

    /** The step counter, "3 / 9". */
    public String stepNumber(BackpropWalkthrough walk) {
        return (step + 1) + " / " + walk.stepCount();
    }

    /** Said after a step: its number and title. */
    public String announcement(BackpropWalkthrough walk) {
        return "Step " + (step + 1) + " of " + walk.stepCount() + ": " + walk.title(step) + ".";
    }

    /** Said when a point is chosen. */
    public static String inspecting(int index) {
        return "Inspecting point " + (index + 1) + ".";
    }
}
