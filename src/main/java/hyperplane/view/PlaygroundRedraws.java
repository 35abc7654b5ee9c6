package hyperplane.view;

import hyperplane.data.Dataset;
import hyperplane.data.DatasetKind;
import hyperplane.data.Feature;
import hyperplane.sim.LossHistory;
import java.util.Arrays;
import java.util.List;

/**
 * What the playground's renderer draws again in a frame, and the parts of its picture that need no browser: the
 * main plot's viewport, the overlay of axes and points (drawn to a cached layer only when it changes: during
 * training only the heatmap moves), the diagram's input labels, and the throttles on the diagram and the loss
 * chart. The browser's renderer keeps the images and asks this class; so the decisions are tested on the JVM.
 *
 * <p>While training, the loss chart is redrawn only when the history grew, at most every {@link #CHART_EVERY}
 * frames. The picture's three costly parts — the main plot ({@link #PLOT}: heatmap and overlay), the neurons'
 * thumbnails ({@link #THUMBNAILS}: evaluated into their atlas) and the diagram ({@link #DIAGRAM}: links and the
 * atlas's images) — share the frames by their measured cost ({@link #plan}): on a fast device all three are drawn
 * in every frame; where with training they would take longer than the frame's budget ({@link FrameBudget}), each
 * frame draws the part that waited longest and adds the others only while their last costs fit, so that the work is spread over frames
 * instead of making one frame long (measured at 4× CPU throttling: a frame that draws everything drops frames).
 * The canvases keep their pictures, so a part not drawn in a frame shows its last picture; training is not
 * affected (the weights of an epoch do not depend on what was drawn).
 *
 * <p>The diagram's links are stroked into a layer of their own under the diagram (the browser puts it on its own canvas),
 * so that the diagram's frames draw only the node boxes and thumbnails over them. Paused, the links follow every
 * change at once; while training, {@link #linksDue} strokes one layer's links a frame, in turn, over the cleared
 * strip between two columns of nodes: stroking is the browser's work (it rasterizes a canvas's lines when the frame
 * is committed), about 1,900 antialiased lines on 8 × 16, which at 4× CPU throttling made a frame of 15–40 ms when
 * they were all stroked at once; one layer of them is at most 256.
 */
public final class PlaygroundRedraws {
    /** The main plot's margins in the canvas, in CSS pixels: room for the axes' labels at left and bottom. */
    static final double PLOT_LEFT = 30;
    static final double PLOT_TOP = 8;
    static final double PLOT_MARGIN_BOTTOM = 24;
    static final double PLOT_MARGIN_RIGHT = 8;
    /** {@link #linksDue}: clear the links' layer and stroke every link. */
    public static final int ALL_LINKS = -1;
    /** While training, the loss chart is redrawn at most once in this many frames. */
    static final int CHART_EVERY = 4;
    /** The main plot: the heatmap (its pass, see HeatmapPass) and the overlay of axes and points. */
    public static final int PLOT = 0;
    /** The neurons' thumbnails: every neuron evaluated on the small grid, coloured into one atlas. */
    public static final int THUMBNAILS = 1;
    /** The network diagram: links, the atlas's thumbnails in their nodes, the input labels. */
    public static final int DIAGRAM = 2;
    private static final int PARTS = 3;

    private Dataset overlayData;
    private Viewport overlayViewport;
    private boolean overlayTest;
    private int overlayHighlight = -2;

    private boolean linksDrawn;
    private NodeRef linksSelected;
    /** The layer (1 … the output) whose links were stroked last while training. */
    private int linksLayer;

    private int chartFrames;
    private int chartSize = -1;
    private LossHistory chartOf;
    private double chartLast = Double.NaN;

    /** Each part's cost when it was last drawn (ms), the frame it was last drawn in, and this frame's choice. */
    private final double[] partMs = new double[PARTS];
    private final long[] partFrame = new long[PARTS];
    private final boolean[] partNow = new boolean[PARTS];
    private final int[] waitOrder = new int[PARTS];
    private long frame;

    /** The main plot's viewport for {@code kind}'s domain on a canvas of the given logical size. */
    public static Viewport plotViewport(DatasetKind kind, double width, double height) {
        return new Viewport(kind.minX(), kind.maxX(), kind.minY(), kind.maxY(), PLOT_LEFT, PLOT_TOP,
                width - PLOT_LEFT - PLOT_MARGIN_RIGHT, height - PLOT_TOP - PLOT_MARGIN_BOTTOM);
    }

    /**
     * Whether the overlay must be drawn again for these points, viewport, test-point switch and ringed point;
     * if so they are remembered as drawn.
     */
    public boolean overlayChanged(Dataset data, Viewport viewport, boolean showTest, int highlighted) {
        if (data == overlayData && viewport == overlayViewport && showTest == overlayTest
                && highlighted == overlayHighlight) {
            return false;
        }
        overlayData = data;
        overlayViewport = viewport;
        overlayTest = showTest;
        overlayHighlight = highlighted;
        return true;
    }

    /**
     * Draws the axes, the training points, the test points if shown, and a ring round point {@code highlighted}
     * (a dataset index; none if out of range) onto a cleared overlay.
     *
     * @param points a reused buffer, filled here
     */
    public static void drawOverlay(Canvas canvas, Viewport viewport, Dataset data, boolean showTest, int highlighted,
            PointColumns points) {
        Axes.draw(canvas, viewport);
        points.fill(data, PointColumns.Which.TRAIN);
        PointPlot.draw(canvas, viewport, points, false);
        if (showTest) {
            points.fill(data, PointColumns.Which.TEST);
            PointPlot.draw(canvas, viewport, points, true);
        }
        if (highlighted >= 0 && highlighted < data.size()) {
            PointPlot.highlight(canvas, viewport, data.x1(highlighted), data.x2(highlighted));
        }
    }

    /** The input features' labels, right-aligned left of the diagram's input nodes, sized with the nodes. */
    public static void drawInputLabels(Canvas canvas, NetworkDiagram diagram, List<Feature> features) {
        canvas.setFill(canvas.theme().ink());
        canvas.setFontSize(Math.min(13, Math.max(9, diagram.nodeSize() * 0.55)));
        for (int i = 0; i < diagram.layerSize(0); i++) {
            canvas.text(features.get(i).label(), diagram.nodeLeft(0) - 5, diagram.nodeY(0, i), TextAlign.RIGHT);
        }
    }

    /**
     * Chooses the parts ({@link #PLOT}, {@link #THUMBNAILS}, {@link #DIAGRAM}) this frame draws, then read with
     * {@link #drawsNow}: all of them when not training (paused, or a first or changed layout); while training, the
     * part that was drawn longest ago, and after it, in that order, each other part while {@code spentMs} and the
     * chosen parts' last costs ({@link #drawn}) stay within {@code budgetMs}. A part not chosen is chosen in a later
     * frame (it waits longer each frame), so the caller asks for another frame.
     *
     * @param spentMs  what the frame already spent (training), in ms
     * @param budgetMs the frame's budget for its own work ({@link FrameBudget#ms()}), in ms
     * @return whether every part is drawn this frame
     */
    public boolean plan(boolean training, double spentMs, double budgetMs) {
        frame++;
        Arrays.fill(partNow, !training);
        if (!training) {
            return true;
        }
        // The parts in the order they have waited, longest first (an insertion sort, stable: ties in part order).
        for (int i = 0; i < PARTS; i++) {
            int part = i;
            int at = i;
            while (at > 0 && partFrame[waitOrder[at - 1]] > partFrame[part]) {
                waitOrder[at] = waitOrder[at - 1];
                at--;
            }
            waitOrder[at] = part;
        }
        double planned = spentMs;
        boolean all = true;
        for (int i = 0; i < PARTS; i++) {
            int part = waitOrder[i];
            if (i == 0 || planned + partMs[part] <= budgetMs) {
                partNow[part] = true;
                planned += partMs[part];
            } else {
                all = false;
            }
        }
        return all;
    }

    /** Whether this frame draws {@code part} (see {@link #plan}). */
    public boolean drawsNow(int part) {
        return partNow[part];
    }

    /** {@code part} was drawn in this frame and took {@code ms}: its cost for the next {@link #plan}s. */
    public void drawn(int part, double ms) {
        partMs[part] = ms;
        partFrame[part] = frame;
    }

    /**
     * Which of the diagram's links are stroked again in this frame, for a network of {@code layers} layers after the
     * inputs (links into layer 1 … {@code layers}) with {@code selected} ringed (or null): {@link #ALL_LINKS} when
     * paused, the first time, after {@link #forgetLinks} and when the selection changed; while training otherwise
     * the links into one layer, each layer in turn (1, 2, …, {@code layers}, 1, …).
     */
    public int linksDue(boolean training, NodeRef selected, int layers) {
        boolean sameSelection = selected == null ? linksSelected == null : selected.equals(linksSelected);
        if (training && linksDrawn && sameSelection && layers > 0) {
            linksLayer = linksLayer % layers + 1;
            return linksLayer;
        }
        linksDrawn = true;
        linksSelected = selected;
        linksLayer = 0;
        return ALL_LINKS;
    }

    /** Forgets the links stroked (a new layout or theme), so that the next {@link #linksDue} says yes. */
    public void forgetLinks() {
        linksDrawn = false;
    }

    /** Forgets the chart drawn, so that the next {@link #chartDue} says yes if it may (its canvas was resized). */
    public void forgetChart() {
        chartOf = null;
    }

    /**
     * Counts a frame and says whether the loss chart is drawn in it: when the history changed, and while training
     * no more than every {@link #CHART_EVERY} frames. The history only grows, or is cleared and begun again; a new
     * last value catches a restart of equal size.
     */
    public boolean chartDue(LossHistory history, boolean training) {
        chartFrames++;
        int size = history.size();
        double last = size > 0 ? history.train(size - 1) : Double.NaN;
        boolean changed = history != chartOf || size != chartSize || !same(last, chartLast);
        if (!changed || (training && chartFrames < CHART_EVERY)) {
            return false;
        }
        chartOf = history;
        chartSize = size;
        chartLast = last;
        chartFrames = 0;
        return true;
    }

    private static boolean same(double a, double b) {
        return a == b || (a != a && b != b);
    }
}
