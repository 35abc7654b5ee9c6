package hyperplane.view;

import hyperplane.engine.Network;
import hyperplane.sim.PlaygroundSession;
import java.util.function.DoubleSupplier;

/**
 * The playground's main heatmap, evaluated over several frames when a network is too large to evaluate every
 * row in one frame's budget: rows in an interleaved order (every 8th row first, then the rows between them, …)
 * so that a pass spread over frames refines evenly, within a time budget per call. A pass that shows something
 * else (another network, neuron or colour mode) starts again from its first row, as the old rows would mix two
 * pictures.
 *
 * <p>The network's output of a softmax over K classes becomes K-class cells: each holds c + s, the most probable
 * class c and how sure the network is ({@link ClassPalette#cell}), for {@link HeatmapRaster#fillClasses}. A single
 * output (two classes, regression) or a chosen neuron gives its value, as always.
 */
public final class HeatmapPass {
    private final int grid;
    /** Rows in the order a pass evaluates them. */
    private final int[] order;
    /** The next index into {@link #order}. */
    private int nextRow;
    private Network network;
    private int layer = -1;
    private int neuron = -1;
    private boolean discrete;
    /** Every output of one row, output j at [j · grid + i], for K-class cells. */
    private double[] outputs = new double[0];

    /** A pass over a {@code grid} × {@code grid} raster. */
    public HeatmapPass(int grid) {
        this.grid = grid;
        this.order = interleavedRows(grid);
    }

    /** 0, 8, 16, …, then 4, 12, …, then 2, 6, …, then the odd rows: every row of {@code n} once, spread early. */
    static int[] interleavedRows(int n) {
        int[] order = new int[n];
        int k = 0;
        for (int step = 8; step >= 1; step /= 2) {
            for (int row = 0; row < n; row++) {
                boolean firstAtThisStep = row % step == 0 && (step == 8 || row % (2 * step) != 0);
                if (firstAtThisStep) {
                    order[k++] = row;
                }
            }
        }
        return order;
    }

    /**
     * What the pass shows: the network's output ({@code layer} −1) or one neuron's, in discrete colours or not. A
     * change starts the pass again.
     */
    public void show(Network shown, int shownLayer, int shownNeuron, boolean shownDiscrete) {
        if (shown != network || shownLayer != layer || shownNeuron != neuron || shownDiscrete != discrete) {
            network = shown;
            layer = shownLayer;
            neuron = shownNeuron;
            discrete = shownDiscrete;
            nextRow = 0;
        }
    }

    /**
     * Evaluates rows of the pass until all are done or {@code budgetMs} is spent by {@code clock} (at least one
     * row per call): out[j · grid + i] gets the output of the network (layer −1) or of the shown neuron at the
     * sampler's (x_i, y_j), computed by {@link PlaygroundSession#evaluateRow}.
     *
     * @return true when the pass is complete (the next call starts a new one)
     */
    public boolean evaluate(PlaygroundSession session, GridSampler sampler, double[] out, double budgetMs,
            DoubleSupplier clock) {
        double start = clock.getAsDouble();
        double[] xs = sampler.xs();
        double[] ys = sampler.ys();
        while (nextRow < grid) {
            int j = order[nextRow++];
            int classes = layer < 0 ? network.size(network.layerCount()) : 1;
            if (classes > 1) {
                classRow(session, xs, ys[j], classes, out, j * grid);
            } else {
                session.evaluateRow(xs, ys[j], grid, layer, neuron, out, j * grid);
            }
            if (nextRow < grid && clock.getAsDouble() - start >= budgetMs) {
                return false;
            }
        }
        nextRow = 0;
        return true;
    }

    /** One row of K-class cells: argmax c and ClassPalette.cell(c, p_c, K) for each point; NaN when all are NaN. */
    private void classRow(PlaygroundSession session, double[] xs, double y, int classes, double[] out, int offset) {
        if (outputs.length < classes * grid) {
            outputs = new double[classes * grid];
        }
        double[] p = outputs;
        session.evaluateOutputsRow(xs, y, grid, p, 0, grid);
        for (int i = 0; i < grid; i++) {
            int best = -1;
            double largest = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < classes; c++) {
                double v = p[c * grid + i];
                if (v > largest || (best < 0 && v == largest)) {
                    best = c;
                    largest = v;
                }
            }
            out[offset + i] = best < 0 ? Double.NaN : ClassPalette.cell(best, largest, classes);
        }
    }

    /** Whether the pass shows K-class cells (the output of a softmax over K), for {@link HeatmapRaster#fillClasses}. */
    public boolean showsClasses() {
        return layer < 0 && network != null && network.size(network.layerCount()) > 1;
    }

    /** Rows of the current pass evaluated so far. */
    int rowsDone() {
        return nextRow;
    }
}
