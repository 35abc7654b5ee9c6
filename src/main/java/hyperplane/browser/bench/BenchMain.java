package hyperplane.browser.bench;

import hyperplane.engine.Activation;
import hyperplane.engine.DrawingPass;
import hyperplane.engine.Loss;
import hyperplane.engine.Network;
import hyperplane.engine.Trainer;
import org.teavm.jso.JSExport;

/**
 * Entry class of the benchmark builds (bench/js and bench/wasm). Its exported static functions are
 * wrapped by web/bench/hyperplane-js.js and web/bench/hyperplane-wasm.js into the {@code globalThis.bench}
 * interface of issue 9.
 *
 * <p>Workload math (TensorFlow Playground's setting): tanh on every layer, per-sample loss ½(out − label)²,
 * mini-batch SGD without shuffling and without regularization. Arrays that cross into the Wasm build are
 * copied, so the wrappers send a dataset once ({@link #hyperplaneBenchSetData}) and reuse it.
 *
 * <p>State is static because this class is an entry point wired to one page; nothing else uses it.
 */
public final class BenchMain {
    private static Network network;
    private static DrawingPass drawing;
    private static Trainer trainer;
    private static double[] inputs = new double[0];
    private static double[] targets = new double[0];
    private static int count;
    private static double[] grid = new double[0];
    private static double[] rowInputs = new double[0];

    private BenchMain() {
    }

    /** Nothing to start: the page calls the exported functions. */
    public static void main(String[] args) {
    }

    /**
     * Builds a fresh tanh network with layer sizes {@code sizes} (sizes[0] = 2 inputs, last = 1 output), all
     * weights and biases 0 until {@link #hyperplaneBenchSetLayer} sets them, and a trainer with learning rate
     * η, the given batch size and index order.
     *
     * @throws IllegalArgumentException as {@link Network} and {@link Trainer} do, naming the bad argument
     */
    @JSExport
    public static void hyperplaneBenchBuild(int[] sizes, double learningRate, int batchSize) {
        if (sizes == null || sizes.length < 2 || sizes[0] != 2 || sizes[sizes.length - 1] != 1) {
            throw new IllegalArgumentException("sizes must start with 2 inputs and end with 1 output");
        }
        Activation[] activations = new Activation[sizes.length - 1];
        for (int i = 0; i < activations.length; i++) {
            activations[i] = Activation.TANH;
        }
        Network n = new Network(sizes, activations, Loss.MSE);
        Trainer t = new Trainer(n);
        t.setLearningRate(learningRate);
        t.setBatchSize(batchSize);
        t.setShuffle(false);
        network = n;
        drawing = new DrawingPass(n);
        trainer = t;
    }

    /**
     * Sets the weights and biases of weight layer {@code layer} (1-based, as in the engine):
     * w^layer_(o, i) = w[o · inputs + i] and b^layer_o = b[o].
     *
     * @throws IllegalArgumentException if the arrays do not fit the layer
     */
    @JSExport
    public static void hyperplaneBenchSetLayer(int layer, double[] w, double[] b) {
        Network n = requireNetwork();
        if (!(layer >= 1 && layer <= n.layerCount())) {
            throw new IllegalArgumentException("layer (" + layer + ") must be in 1.." + n.layerCount());
        }
        int inputs = n.size(layer - 1);
        int outputs = n.size(layer);
        if (w == null || w.length != inputs * outputs || b == null || b.length != outputs) {
            throw new IllegalArgumentException("layer " + layer + " needs " + inputs * outputs + " weights and "
                    + outputs + " biases");
        }
        for (int o = 0; o < outputs; o++) {
            n.setBias(layer, o, b[o]);
            for (int i = 0; i < inputs; i++) {
                n.setWeight(layer, o, i, w[o * inputs + i]);
            }
        }
    }

    /**
     * Keeps a copy of the data set: sample s has inputs xs[2s], xs[2s + 1] and label ys[s].
     *
     * @throws IllegalArgumentException if xs does not hold two values per label
     */
    @JSExport
    public static void hyperplaneBenchSetData(double[] xs, double[] ys) {
        if (xs == null || ys == null || xs.length != 2 * ys.length) {
            throw new IllegalArgumentException("xs (length " + (xs == null ? "null" : xs.length)
                    + ") must hold two values per label (" + (ys == null ? "null" : ys.length) + ")");
        }
        inputs = xs;
        targets = ys;
        count = ys.length;
    }

    /** One epoch over the kept data in index order; returns its mean loss before each batch's update. */
    @JSExport
    public static double hyperplaneBenchTrainEpoch() {
        requireNetwork();
        return trainer.trainEpoch(inputs, targets, count, null);
    }

    /** The mean ½(out − label)² over the kept data; parameters unchanged. NaN for no data. */
    @JSExport
    public static double hyperplaneBenchLoss() {
        return Trainer.meanLoss(requireNetwork(), inputs, targets, count);
    }

    /**
     * The network's output on an n × n grid over [lo, hi]²: x_i = lo + (hi − lo)·i/(n − 1),
     * y_j = hi − (hi − lo)·j/(n − 1), output for (x_i, y_j) at index i·n + j. Computed as the playground draws
     * its heatmap: a row of points at a time with {@link DrawingPass} (bounded-error tanh, see
     * FastActivation).
     *
     * @throws IllegalArgumentException unless 2 ≤ n ≤ 4096 and lo &lt; hi
     */
    @JSExport
    public static double[] hyperplaneBenchPredictGrid(int n, double lo, double hi) {
        Network net = requireNetwork();
        if (n < 2 || n > 4096) {
            throw new IllegalArgumentException("n (" + n + ") must be in 2..4096");
        }
        if (!(lo < hi)) {
            throw new IllegalArgumentException("grid domain [" + lo + ", " + hi + "] must have lo < hi");
        }
        if (grid.length != n * n) {
            grid = new double[n * n];
        }
        double span = hi - lo;
        if (rowInputs.length != 2 * n) {
            rowInputs = new double[2 * n];
        }
        double[] row = rowInputs;
        double[] out = grid;
        int outputLayer = net.layerCount();
        DrawingPass pass = drawing;
        for (int j = 0; j < n; j++) {
            row[n + j] = hi - span * j / (n - 1);
        }
        for (int i = 0; i < n; i++) {
            // Row i: x_i for every point, then y_0 .. y_(n−1).
            double x = lo + span * i / (n - 1);
            for (int j = 0; j < n; j++) {
                row[j] = x;
            }
            pass.forwardFastPoints(row, n);
            pass.pointOutputs(outputLayer, 0, out, i * n);
        }
        return out;
    }

    private static Network requireNetwork() {
        if (network == null) {
            throw new IllegalStateException("build(spec) must be called first");
        }
        return network;
    }
}
