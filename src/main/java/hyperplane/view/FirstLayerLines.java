package hyperplane.view;

import hyperplane.data.Feature;
import hyperplane.engine.Network;
import hyperplane.state.PlaygroundConfig;
import java.util.Arrays;
import java.util.List;

/**
 * The lines the first layer draws: for each neuron j of layer 1, the zero set of its input
 * z_j(x1, x2) = Σ_k w_jk f_k(x1, x2) + b_j over the playground's plot, with a normal arrow into the side where
 * z_j &gt; 0, in the neuron's own colour ({@link #color}) and with its number (j + 1, as the diagram's info line counts)
 * in a badge near one end.
 *
 * <p><b>Straight or curved.</b> When every input is x1 or x2 the zero set is the line w1·x1 + w2·x2 + b = 0,
 * drawn exactly ({@link HyperplaneLine}). With any other feature (x1², sin x1, …) it is a curve: z_j is evaluated
 * on a coarse grid of {@link #CELLS} × {@link #CELLS} cells and its zero level traced by marching squares
 * ({@link ZeroContour}). The features' values on the grid are computed once per viewport and feature list, so an
 * update costs one multiply-add per vertex, feature and neuron: (CELLS + 1)² · 7 · 16 ≈ 190,000 at most, well under
 * a millisecond, and it runs with every redraw while training.
 *
 * <p><b>Highlight.</b> A neuron of layer 1 pointed at or chosen by keys in the diagram has its line drawn
 * {@link #HIGHLIGHT_WIDTH} px wide and on top, the others at {@link #FADED_ALPHA}.
 *
 * <p>The zero set does not depend on the activation: a = φ(z) crosses φ(0) exactly where z crosses 0. NaN
 * weights give no line for that neuron. Buffers are made when the viewport or the features change; {@link #update}
 * and {@link #draw} allocate nothing else (a contour's segment buffer may grow, rarely). Not thread-safe.
 */
public final class FirstLayerLines {
    /**
     * The neurons' colours, neuron j taking COLORS[j mod 6]: red, green, indigo, purple, wine, near-black (the first
     * four, which the lesson's example uses, the furthest apart). Each is dark enough to read on the heatmap's pale
     * middle and on its own white casing (contrast with white at least 4.5), none is the orange or blue of the
     * classes, and any two stay apart for colour-blind readers; past six neurons the numbers tell lines of one
     * colour apart. The heatmap keeps its colours in every theme (see
     * {@link Theme}), so the lines do too.
     */
    private static final int[] COLORS = {0xCC3311, 0x117733, 0x332288, 0xAA4499, 0x882255, 0x222222};
    /** Cells per side of the grid a curved zero set is traced on. */
    public static final int CELLS = 40;
    /** Line widths in pixels, normally and when highlighted. */
    public static final double WIDTH = 2;
    public static final double HIGHLIGHT_WIDTH = 4;
    /** The opacity of the other lines while one is highlighted. */
    public static final double FADED_ALPHA = 0.35;
    /** The label badge's radius, and how far inside the plot its centre stays, in pixels. */
    static final double BADGE_RADIUS = 7;
    static final double BADGE_INSET = 12;
    private static final int MAX = Math.max(PlaygroundConfig.MAX_NEURONS, PlaygroundConfig.MAX_CLASSES);

    private final Viewport viewport;
    private final HyperplaneLine[] lines = new HyperplaneLine[MAX];
    private final ZeroContour[] contours = new ZeroContour[MAX];
    /** The grid's vertices, where the features are evaluated. */
    private final ZeroContour vertices;
    private final boolean[] drawn = new boolean[MAX];
    private final double[] labelX = new double[MAX];
    private final double[] labelY = new double[MAX];
    private int count;
    private boolean curved;

    /** The features the grid values are for, and those values: features[k][j · (CELLS + 1) + i]. */
    private List<Feature> gridFeatures;
    private double[][] featureGrid = new double[0][];
    private final double[] z = new double[(CELLS + 1) * (CELLS + 1)];
    private final double[] triX = new double[3];
    private final double[] triY = new double[3];

    public FirstLayerLines(Viewport viewport) {
        if (viewport == null) {
            throw new IllegalArgumentException("viewport must not be null");
        }
        this.viewport = viewport;
        this.vertices = new ZeroContour(viewport, CELLS);
        for (int j = 0; j < MAX; j++) {
            lines[j] = new HyperplaneLine(viewport);
        }
    }

    /** Neuron j's colour, {@code 0xRRGGBB} (the palette repeats every six neurons). */
    public static int color(int j) {
        if (j < 0) {
            throw new IllegalArgumentException("neuron (" + j + ") must be >= 0");
        }
        return COLORS[j % COLORS.length];
    }

    /** The number of colours before they repeat. */
    public static int colorCount() {
        return COLORS.length;
    }

    /**
     * Recomputes every first-layer neuron's zero set from the network's weights now; {@code features} are the
     * network's inputs in order.
     */
    public void update(Network network, List<Feature> features) {
        if (network.size(0) != features.size()) {
            throw new IllegalArgumentException("features (" + features.size() + ") must match the network's inputs ("
                    + network.size(0) + ")");
        }
        count = Math.min(network.size(1), MAX);
        curved = false;
        for (Feature f : features) {
            curved |= f != Feature.X1 && f != Feature.X2;
        }
        if (curved && !features.equals(gridFeatures)) {
            fillFeatureGrid(features);
        }
        for (int j = 0; j < count; j++) {
            drawn[j] = curved ? traceCurve(network, j, features.size()) : placeLine(network, j, features);
        }
    }

    private boolean placeLine(Network network, int j, List<Feature> features) {
        double w1 = 0;
        double w2 = 0;
        for (int k = 0; k < features.size(); k++) {
            if (features.get(k) == Feature.X1) {
                w1 = network.weight(1, j, k);
            } else {
                w2 = network.weight(1, j, k);
            }
        }
        HyperplaneLine line = lines[j];
        if (!line.update(w1, w2, network.bias(1, j))) {
            return false;
        }
        // Alternate ends, so that lines meeting near one corner do not stack their numbers.
        boolean first = j % 2 == 0;
        double ex = viewport.toPixelX(first ? line.lineX1() : line.lineX2());
        double ey = viewport.toPixelY(first ? line.lineY1() : line.lineY2());
        double ox = viewport.toPixelX(first ? line.lineX2() : line.lineX1());
        double oy = viewport.toPixelY(first ? line.lineY2() : line.lineY1());
        double length = Math.sqrt((ox - ex) * (ox - ex) + (oy - ey) * (oy - ey));
        double step = Math.min(BADGE_INSET, length / 2) / length;
        setLabel(j, ex + (ox - ex) * step, ey + (oy - ey) * step);
        return true;
    }

    private boolean traceCurve(Network network, int j, int inputs) {
        if (contours[j] == null) {
            contours[j] = new ZeroContour(viewport, CELLS);
        }
        double b = network.bias(1, j);
        Arrays.fill(z, b);
        for (int k = 0; k < inputs; k++) {
            double w = network.weight(1, j, k);
            double[] f = featureGrid[k];
            for (int v = 0; v < z.length; v++) {
                z[v] += w * f[v];
            }
        }
        ZeroContour contour = contours[j];
        if (contour.trace(z) == 0) {
            return false;
        }
        // The badge goes from the end nearest the border towards the middle of the plot.
        double cx = viewport.left() + viewport.width() / 2 - contour.labelX();
        double cy = viewport.top() + viewport.height() / 2 - contour.labelY();
        double length = Math.sqrt(cx * cx + cy * cy);
        double step = length > 0 ? Math.min(BADGE_INSET, length) / length : 0;
        setLabel(j, contour.labelX() + cx * step, contour.labelY() + cy * step);
        return true;
    }

    /** The badge's centre near (x, y), kept inside the plot. */
    private void setLabel(int j, double x, double y) {
        double margin = BADGE_RADIUS + 2;
        labelX[j] = Math.max(viewport.left() + margin, Math.min(viewport.left() + viewport.width() - margin, x));
        labelY[j] = Math.max(viewport.top() + margin, Math.min(viewport.top() + viewport.height() - margin, y));
    }

    private void fillFeatureGrid(List<Feature> features) {
        int side = CELLS + 1;
        featureGrid = new double[features.size()][side * side];
        for (int k = 0; k < features.size(); k++) {
            Feature f = features.get(k);
            for (int j = 0; j < side; j++) {
                for (int i = 0; i < side; i++) {
                    featureGrid[k][j * side + i] = f.value(vertices.x(i), vertices.y(j));
                }
            }
        }
        gridFeatures = List.copyOf(features);
    }

    /** The number of first-layer neurons of the last update. */
    public int count() {
        return count;
    }

    /** Whether the last update traced curves (an input other than x1 and x2) rather than straight lines. */
    public boolean curved() {
        return curved;
    }

    /** Whether neuron j's zero set crosses the plot (as of the last update). */
    public boolean drawn(int j) {
        return j >= 0 && j < count && drawn[j];
    }

    /** Neuron j's straight line (meaningful when not {@link #curved()}). */
    public HyperplaneLine line(int j) {
        checkNeuron(j);
        return lines[j];
    }

    /** Neuron j's traced curve (meaningful when {@link #curved()}; null before the first curved update). */
    public ZeroContour contour(int j) {
        checkNeuron(j);
        return contours[j];
    }

    /** The centre of neuron j's number badge in pixels (meaningful when {@link #drawn}). */
    public double labelX(int j) {
        checkNeuron(j);
        return labelX[j];
    }

    public double labelY(int j) {
        checkNeuron(j);
        return labelY[j];
    }

    private void checkNeuron(int j) {
        if (j < 0 || j >= count) {
            throw new IllegalArgumentException("neuron (" + j + ") must be in 0.." + (count - 1));
        }
    }

    /**
     * Draws every zero set that crosses the plot with its normal arrow and its number; with {@code highlighted}
     * a neuron of layer 1 (0 … count − 1), that one wide and last, the others faded. Leaves alpha 1 and solid
     * strokes.
     *
     * @param highlighted the neuron to stress, or −1 (any other value is treated as none)
     */
    public void draw(Canvas canvas, int highlighted) {
        boolean stressed = highlighted >= 0 && highlighted < count;
        canvas.setDash(0, 0);
        canvas.setAlpha(stressed ? FADED_ALPHA : 1);
        for (int j = 0; j < count; j++) {
            if (j != highlighted && drawn[j]) {
                drawOne(canvas, j, WIDTH);
            }
        }
        if (stressed && drawn[highlighted]) {
            canvas.setAlpha(1);
            drawOne(canvas, highlighted, HIGHLIGHT_WIDTH);
        }
        canvas.setAlpha(1);
    }

    private void drawOne(Canvas canvas, int j, double width) {
        int rgb = color(j);
        if (curved) {
            ZeroContour c = contours[j];
            HyperplaneLine.drawZeroSet(canvas, rgb, width, c.segments(), c.segmentCount(), c.hasNormal(),
                    c.normalX1(), c.normalY1(), c.normalX2(), c.normalY2(), triX, triY);
        } else {
            lines[j].draw(canvas, rgb, width);
        }
        canvas.setFill(0xFFFFFF);
        canvas.setStroke(rgb, width > WIDTH ? 2.5 : 1.5);
        canvas.circle(labelX[j], labelY[j], BADGE_RADIUS, true, true);
        canvas.setFill(rgb);
        canvas.setFontSize(10);
        canvas.text(Integer.toString(j + 1), labelX[j], labelY[j], TextAlign.CENTER);
    }

    /**
     * Outlines each first-layer node of the diagram in its line's colour, so that a line and its neuron are found
     * together; the node pointed at ({@code selected}) gets the wider outline the diagram gives it.
     */
    public static void markNodes(Canvas canvas, NetworkDiagram diagram, NodeRef selected) {
        if (diagram.layerCount() < 2) {
            return;
        }
        double size = diagram.nodeSize();
        canvas.setAlpha(1);
        canvas.setDash(0, 0);
        for (int j = 0; j < diagram.layerSize(1); j++) {
            boolean isSelected = selected != null && selected.layer() == 1 && selected.neuron() == j;
            canvas.setStroke(color(j), isSelected ? 3 : 2);
            canvas.strokeRect(diagram.nodeLeft(1), diagram.nodeTop(1, j), size, size);
        }
    }
}
