package hyperplane.view;

/**
 * Layout, drawing and hit testing of a feedforward network diagram: one column per layer (inputs on the left,
 * output on the right), each layer's neurons stacked and centred vertically, a straight link from the right edge
 * of every node of layer l − 1 to the left edge of every node of layer l.
 *
 * <p><b>Layout.</b> With L layers and at most m neurons in a layer inside a w × h pixel box: column spacing
 * c = w/L, row spacing r = h/m, node l's centre x = left + (l + 1/2)·c, neuron i of a layer of n has centre
 * y = top + h/2 + (i − (n − 1)/2)·r. The node box is a square of side s = min(40, 0.6·c, r − 4): it shrinks
 * so that neighbours in a column keep at least a 4-pixel gap and columns keep 40% of their spacing for links.
 * Seven inputs, eight hidden layers of 16 and one output fit 560 × 360 with s = 18.5. The box is the place for a
 * neuron's {@link HeatmapRaster#thumbnail()}, drawn by the browser at {@link #nodeLeft}, {@link #nodeTop}.
 *
 * <p><b>Links.</b> A link's colour is the sign of its weight ({@link ColorScale#CLASS_1} blue for w ≥ 0,
 * {@link ColorScale#CLASS_0} orange for w &lt; 0, grey for NaN) and its width is
 * 0.5 + 5.5·min(|w|, 3)/3 pixels: 0.5 px for w = 0, 6 px from |w| = 3 on, linear between.
 *
 * <p><b>Batching.</b> A canvas strokes one path far faster than many: {@link #draw} sorts the links into buckets
 * of (colour, width rounded to {@value #WIDTH_STEP} px) and strokes each bucket as one {@link Canvas#lines} call,
 * so the largest network (about 1,900 links) costs at most {@link #BUCKETS} strokes instead of one per link.
 *
 * <p>The layout is immutable after construction; {@link #draw} reuses scratch buffers made here, so it allocates
 * nothing and must not run on two threads at once.
 */
public final class NetworkDiagram {
    /** Largest node side in pixels. */
    public static final double MAX_NODE_SIZE = 40;
    /** Smallest vertical gap between neighbouring nodes in pixels. */
    public static final double MIN_GAP = 4;
    /** Link width range in pixels and the |w| at which the widest is reached. */
    public static final double MIN_LINK_WIDTH = 0.5;
    public static final double MAX_LINK_WIDTH = 6;
    public static final double FULL_WIDTH_WEIGHT = 3;
    /** Opacity of links not entering the selected node while a node is selected. */
    public static final double DIMMED_ALPHA = 0.2;
    /** Pixels around a node box that still count as a hit (fingers are wide; gaps are at least MIN_GAP). */
    public static final double HIT_SLACK = 2;
    /** Links are drawn with their width rounded to a multiple of this (in pixels), to batch them. */
    public static final double WIDTH_STEP = 0.25;
    private static final int WIDTHS = (int) (MAX_LINK_WIDTH / WIDTH_STEP) + 1; // widths 0, 0.25, …, 6
    private static final int[] BUCKET_COLORS = {ColorScale.CLASS_1, ColorScale.CLASS_0, ColorScale.NAN_COLOR};
    /** The number of (colour, width) buckets: at most this many strokes draw all links. */
    public static final int BUCKETS = 3 * WIDTHS;

    private final int[] sizes;
    private final double left;
    private final double top;
    private final double width;
    private final double height;
    private final double columnSpacing;
    private final double rowSpacing;
    private final double nodeSize;

    // Scratch for draw: per link its bucket and segment; per bucket its count, then its start in sorted.
    private final int[] linkBucket;
    private final double[] segments;
    private final double[] sorted;
    private final int[] bucketStart = new int[BUCKETS + 1];

    /**
     * @param sizes neurons per layer, layer 0 the inputs and the last the output; at least two layers, each of
     *     1 … 64 neurons (copied)
     * @throws IllegalArgumentException on bad sizes, a non-finite origin, a non-positive size, or a box too small
     *     for nodes of at least 4 pixels
     */
    public NetworkDiagram(int[] sizes, double left, double top, double width, double height) {
        if (sizes == null || sizes.length < 2 || sizes.length > 64) {
            throw new IllegalArgumentException("sizes must list 2..64 layers, got "
                    + (sizes == null ? "null" : sizes.length));
        }
        int most = 0;
        for (int l = 0; l < sizes.length; l++) {
            if (sizes[l] < 1 || sizes[l] > 64) {
                throw new IllegalArgumentException("sizes[" + l + "] (" + sizes[l] + ") must be in 1..64");
            }
            most = Math.max(most, sizes[l]);
        }
        if (!Double.isFinite(left) || !Double.isFinite(top)) {
            throw new IllegalArgumentException("origin (" + left + ", " + top + ") must be finite");
        }
        if (!(width > 0) || Double.isInfinite(width) || !(height > 0) || Double.isInfinite(height)) {
            throw new IllegalArgumentException("size (" + width + " x " + height + ") must be finite and > 0");
        }
        this.sizes = sizes.clone();
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
        this.columnSpacing = width / sizes.length;
        this.rowSpacing = height / most;
        this.nodeSize = Math.min(MAX_NODE_SIZE, Math.min(0.6 * columnSpacing, rowSpacing - MIN_GAP));
        if (!(nodeSize >= 4)) {
            throw new IllegalArgumentException(width + " x " + height + " pixels leave nodes of " + nodeSize
                    + " px for " + sizes.length + " layers of up to " + most + " neurons; need >= 4");
        }
        int links = linkCount();
        linkBucket = new int[links];
        segments = new double[4 * links];
        sorted = new double[4 * links];
    }

    /** Number of layers, inputs and output included. */
    public int layerCount() {
        return sizes.length;
    }

    /** Neurons in a layer. */
    public int layerSize(int layer) {
        checkLayer(layer);
        return sizes[layer];
    }

    /** Side of every node box in pixels. */
    public double nodeSize() {
        return nodeSize;
    }

    /** Pixel x of the centre of every node of a layer. */
    public double nodeX(int layer) {
        checkLayer(layer);
        return left + (layer + 0.5) * columnSpacing;
    }

    /** Pixel y of the centre of a neuron. */
    public double nodeY(int layer, int neuron) {
        checkNode(layer, neuron);
        return top + height / 2 + (neuron - (sizes[layer] - 1) / 2.0) * rowSpacing;
    }

    /** Pixel x of a node box's left edge. */
    public double nodeLeft(int layer) {
        return nodeX(layer) - nodeSize / 2;
    }

    /** Pixel y of a node box's top edge. */
    public double nodeTop(int layer, int neuron) {
        return nodeY(layer, neuron) - nodeSize / 2;
    }

    /** Link start x: the right edge of layer − 1's boxes. */
    public double linkStartX(int layer) {
        checkLinkLayer(layer);
        return nodeX(layer - 1) + nodeSize / 2;
    }

    /** Link end x: the left edge of the layer's boxes. */
    public double linkEndX(int layer) {
        checkLinkLayer(layer);
        return nodeX(layer) - nodeSize / 2;
    }

    /** Total number of links, Σ_l n_(l−1)·n_l. */
    public int linkCount() {
        int links = 0;
        for (int l = 1; l < sizes.length; l++) {
            links += sizes[l - 1] * sizes[l];
        }
        return links;
    }

    /** The width in pixels of a link of weight w: 0.5 + 5.5·min(|w|, 3)/3; NaN gives 0.5. */
    public static double linkWidth(double w) {
        double magnitude = Math.abs(w);
        if (magnitude != magnitude) {
            return MIN_LINK_WIDTH;
        }
        double t = Math.min(magnitude, FULL_WIDTH_WEIGHT) / FULL_WIDTH_WEIGHT;
        return MIN_LINK_WIDTH + (MAX_LINK_WIDTH - MIN_LINK_WIDTH) * t;
    }

    /** The colour of a link of weight w: blue for w ≥ 0, orange for w &lt; 0, grey for NaN. */
    public static int linkColor(double w) {
        if (w != w) {
            return ColorScale.NAN_COLOR;
        }
        return w >= 0 ? ColorScale.CLASS_1 : ColorScale.CLASS_0;
    }

    /** Draws every link ({@link #drawLinks} of every layer), then every node box ({@link #drawBoxes}). */
    public void draw(Canvas canvas, WeightSource weights, NodeRef selected) {
        drawLinks(canvas, weights, selected, 1, sizes.length - 1);
        drawBoxes(canvas, selected);
    }

    /**
     * Draws the links into layers {@code firstLayer} … {@code lastLayer} (1 … the output layer); the links into layer
     * l lie between {@link #linkStartX}(l) and {@link #linkEndX}(l), so one layer's links can be drawn again over a
     * cleared strip while the others stay. With a selected node, links into it are drawn opaque and on top, the others
     * at {@link #DIMMED_ALPHA}. Links go out in (colour, width) buckets, one {@link Canvas#lines} call each, blue
     * widths first, then orange, then grey, each from thin to wide; within a bucket in layer, receiving-neuron,
     * sending-neuron order.
     *
     * @param selected the highlighted node, or null
     */
    public void drawLinks(Canvas canvas, WeightSource weights, NodeRef selected, int firstLayer, int lastLayer) {
        checkLinkLayer(firstLayer);
        checkLinkLayer(lastLayer);
        boolean hasSelection = isNode(selected);
        canvas.setDash(0, 0);
        canvas.setAlpha(hasSelection ? DIMMED_ALPHA : 1);
        // A counting sort of the links by bucket: count, turn counts into starts, then place each segment.
        int[] start = bucketStart;
        for (int b = 0; b <= BUCKETS; b++) {
            start[b] = 0;
        }
        int n = 0;
        for (int l = firstLayer; l <= lastLayer; l++) {
            double x1 = linkStartX(l);
            double x2 = linkEndX(l);
            for (int j = 0; j < sizes[l]; j++) {
                if (hasSelection && selected.layer() == l && selected.neuron() == j) {
                    continue;
                }
                double y2 = nodeY(l, j);
                for (int k = 0; k < sizes[l - 1]; k++) {
                    int bucket = bucketOf(weights.weight(l, j, k));
                    linkBucket[n] = bucket;
                    start[bucket + 1]++;
                    int at = 4 * n;
                    segments[at] = x1;
                    segments[at + 1] = nodeY(l - 1, k);
                    segments[at + 2] = x2;
                    segments[at + 3] = y2;
                    n++;
                }
            }
        }
        for (int b = 0; b < BUCKETS; b++) {
            start[b + 1] += start[b];
        }
        for (int i = 0; i < n; i++) {
            int at = 4 * start[linkBucket[i]]++;
            System.arraycopy(segments, 4 * i, sorted, at, 4);
        }
        // Now start[b] is the end of bucket b, which is where bucket b + 1 begins.
        int from = 0;
        for (int b = 0; b < BUCKETS; b++) {
            int count = start[b] - from;
            if (count > 0) {
                canvas.setStroke(BUCKET_COLORS[b / WIDTHS], (b % WIDTHS) * WIDTH_STEP);
                canvas.lines(sorted, from, count);
            }
            from = start[b];
        }
        if (hasSelection && selected.layer() >= firstLayer && selected.layer() <= lastLayer) {
            canvas.setAlpha(1);
            int l = selected.layer();
            int j = selected.neuron();
            for (int k = 0; k < sizes[l - 1]; k++) {
                drawLink(canvas, weights.weight(l, j, k), linkStartX(l), nodeY(l - 1, k), linkEndX(l), nodeY(l, j));
            }
        }
        canvas.setAlpha(1);
    }

    /**
     * Draws every node box: filled with the neutral colour, outlined in the theme's ink, the selected one (or none)
     * with a 2.5-pixel outline.
     */
    public void drawBoxes(Canvas canvas, NodeRef selected) {
        boolean hasSelection = isNode(selected);
        canvas.setDash(0, 0);
        canvas.setAlpha(1);
        for (int l = 0; l < sizes.length; l++) {
            double x = nodeLeft(l);
            for (int i = 0; i < sizes[l]; i++) {
                boolean isSelected = hasSelection && selected.layer() == l && selected.neuron() == i;
                canvas.setFill(ColorScale.MIDDLE);
                canvas.fillRect(x, nodeTop(l, i), nodeSize, nodeSize);
                canvas.setStroke(canvas.theme().ink(), isSelected ? 2.5 : 1);
                canvas.strokeRect(x, nodeTop(l, i), nodeSize, nodeSize);
            }
        }
    }

    /**
     * The bucket of a link of weight w: colour index (blue, orange, grey) times the number of widths, plus
     * its {@link #linkWidth} in {@link #WIDTH_STEP} steps, rounded to the nearest.
     */
    static int bucketOf(double w) {
        int color = w != w ? 2 : (w >= 0 ? 0 : 1);
        return color * WIDTHS + (int) (linkWidth(w) / WIDTH_STEP + 0.5);
    }

    private static void drawLink(Canvas canvas, double w, double x1, double y1, double x2, double y2) {
        canvas.setStroke(linkColor(w), linkWidth(w));
        canvas.line(x1, y1, x2, y2);
    }

    /**
     * The node whose box (grown by {@link #HIT_SLACK} pixels) contains the pixel (x, y), or null. NaN gives null.
     */
    public NodeRef nodeAt(double x, double y) {
        double column = Math.floor((x - left) / columnSpacing);
        if (!(column >= 0 && column < sizes.length)) {
            return null;
        }
        int layer = (int) column;
        double reach = nodeSize / 2 + HIT_SLACK;
        if (!(Math.abs(x - nodeX(layer)) <= reach)) {
            return null;
        }
        double firstY = top + height / 2 - (sizes[layer] - 1) / 2.0 * rowSpacing;
        double row = Math.floor((y - firstY) / rowSpacing + 0.5);
        if (!(row >= 0 && row < sizes[layer])) {
            return null;
        }
        int neuron = (int) row;
        if (!(Math.abs(y - nodeY(layer, neuron)) <= reach)) {
            return null;
        }
        return new NodeRef(layer, neuron);
    }

    private void checkLayer(int layer) {
        if (layer < 0 || layer >= sizes.length) {
            throw new IllegalArgumentException("layer (" + layer + ") must be in 0.." + (sizes.length - 1));
        }
    }

    /** Whether {@code node} is a node of this diagram (false for null). */
    private boolean isNode(NodeRef node) {
        return node != null && node.layer() < sizes.length && node.neuron() < sizes[node.layer()];
    }

    private void checkLinkLayer(int layer) {
        if (layer < 1 || layer >= sizes.length) {
            throw new IllegalArgumentException("link layer (" + layer + ") must be in 1.." + (sizes.length - 1));
        }
    }

    private void checkNode(int layer, int neuron) {
        checkLayer(layer);
        if (neuron < 0 || neuron >= sizes[layer]) {
            throw new IllegalArgumentException("neuron (" + neuron + ") must be in 0.." + (sizes[layer] - 1)
                    + " for layer " + layer);
        }
    }
}
