package hyperplane.view;

import hyperplane.data.Feature;
import hyperplane.engine.BackpropTrace;
import hyperplane.sim.BackpropWalkthrough;
import java.util.Arrays;
import java.util.List;

/**
 * The backprop inspector's network diagram for one step, and its legend in words. The layout is made again only
 * when the network's shape or the canvas's size change.
 */
public final class BackpropDiagram {
    private static final double DIAGRAM_LABELS = 40;

    private NetworkDiagram diagram;
    private int[] diagramSizes;
    private double laidOutWidth;
    private double laidOutHeight;

    /**
     * The diagram for a step: links as weights in the forward steps; in the backward steps as ∂C/∂w scaled so
     * that the largest |∂C/∂w| of the network gets the widest line (colour = sign of ∂C/∂w). The step's layer is
     * outlined, the focused neuron's incoming links drawn on top; node boxes show a (forward) or δ (backward).
     */
    public void draw(Canvas canvas, double width, double height, BackpropWalkthrough walk, int step, int focus,
            List<Feature> features) {
        BackpropTrace t = walk.trace();
        int layers = t.layerCount();
        int[] sizes = new int[layers + 1];
        for (int l = 0; l <= layers; l++) {
            sizes[l] = t.size(l);
        }
        if (diagramSizes == null || !Arrays.equals(sizes, diagramSizes) || width != laidOutWidth
                || height != laidOutHeight) {
            diagramSizes = sizes;
            laidOutWidth = width;
            laidOutHeight = height;
            diagram = new NetworkDiagram(sizes, DIAGRAM_LABELS, 6, width - DIAGRAM_LABELS - 6, height - 12);
        }
        int layer = walk.layer(step);
        boolean backward = walk.backward(step);
        double largest = walk.largestWeightGradient();
        double scale = largest > 0 ? NetworkDiagram.FULL_WIDTH_WEIGHT / largest : 1;
        NodeRef selected = new NodeRef(layer, Math.max(0, Math.min(t.size(layer) - 1, focus)));
        if (backward) {
            diagram.draw(canvas, (l, j, k) -> t.weightGradient(l, j, k) * scale, selected);
        } else {
            diagram.draw(canvas, t::weight, selected);
        }
        double size = diagram.nodeSize();
        canvas.setAlpha(1);
        canvas.setDash(0, 0);
        canvas.setStroke(canvas.theme().highlight(), 3);
        for (int j = 0; j < t.size(layer); j++) {
            canvas.strokeRect(diagram.nodeLeft(layer) - 2, diagram.nodeTop(layer, j) - 2, size + 4, size + 4);
        }
        canvas.setFill(ColorScale.TEXT); // on the nodes' near-white ground in every theme
        if (size >= 26) {
            canvas.setBoxFontSize(Math.min(11, size * 0.32));
            for (int l = 0; l <= layers; l++) {
                boolean shown = backward ? l >= layer && l > 0 : l <= layer;
                if (!shown) {
                    continue;
                }
                for (int j = 0; j < t.size(l); j++) {
                    double v = backward ? t.delta(l, j) : t.a(l, j);
                    canvas.text(Format.fixed(v, 2), diagram.nodeX(l), diagram.nodeY(l, j), TextAlign.CENTER);
                }
            }
        }
        canvas.setFill(canvas.theme().ink());
        canvas.setFontSize(Math.min(13, Math.max(9, size * 0.55)));
        for (int i = 0; i < t.size(0) && i < features.size(); i++) {
            canvas.text(features.get(i).label(), diagram.nodeLeft(0) - 5, diagram.nodeY(0, i), TextAlign.RIGHT);
        }
    }

    /** What the diagram shows now, in words (for the legend below it and for screen readers). */
    public static String legend(BackpropWalkthrough walk, int step) {
        String boxes = "Outlined: " + walk.layerName(walk.layer(step)) + ".";
        if (!walk.backward(step)) {
            return boxes + " Links: blue for positive weights, orange for negative, thicker for larger |w|;"
                    + " the boxes show each neuron's output a for this point.";
        }
        StringBuilder text = new StringBuilder(boxes);
        text.append(" Links now show ∂C/∂w: thickness ∝ |∂C/∂w| (the thickest is ")
                .append(Format.scientific(walk.largestWeightGradient()))
                .append("), blue where it is positive (the update lowers that weight), orange where negative; the "
                        + "boxes show δ. Largest |∂C/∂w| per layer: ");
        for (int l = 1; l <= walk.layerCount(); l++) {
            if (l > 1) {
                text.append(", ");
            }
            text.append(walk.layerName(l)).append(' ').append(Format.scientific(walk.largestWeightGradient(l)));
        }
        return text.append(" — a layer far below the others is where the gradient vanishes.").toString();
    }
}
