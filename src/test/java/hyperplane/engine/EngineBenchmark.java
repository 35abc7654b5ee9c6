package hyperplane.engine;

import hyperplane.data.Dataset;
import hyperplane.data.DatasetKind;
import hyperplane.data.Feature;
import hyperplane.data.FeatureMap;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * JVM throughput of the engine (not a unit test; surefire does not pick it up). Run after
 * {@code mvn test-compile -Dteavm.phase=none} with
 * {@code java -cp target/classes:target/test-classes hyperplane.engine.EngineBenchmark}.
 *
 * <ul>
 *   <li>W1: inputs x1, x2; hidden [4, 2]; tanh hidden and output; MSE; batch 10; η = 0.03; the 250 training
 *       points of a 500-point noise-free circle (seed 1); fixed order. Samples per second, one forward and
 *       one backward each (plus the per-batch update).</li>
 *   <li>W2: the same with hidden [8, 8, 8, 8, 8, 8].</li>
 *   <li>W3: 100 × 100 grid evaluations (forward only, one reused input buffer) of the trained W2 network
 *       over [−6, 6]².</li>
 * </ul>
 * Each workload warms up for {@link #WARM_UP_NANOS}, then runs whole epochs (or grids) for at least
 * {@link #MEASURE_NANOS}.
 */
public final class EngineBenchmark {
    private static final long WARM_UP_NANOS = 2_000_000_000L;
    private static final long MEASURE_NANOS = 4_000_000_000L;
    private static final int GRID = 100;

    private EngineBenchmark() {
    }

    public static void main(String[] args) {
        Dataset d = DatasetKind.CIRCLE.generate(500, 0, 0.5, new SeededRandom(1));
        FeatureMap map = new FeatureMap(Feature.X1, Feature.X2);
        double[] inputs = new double[d.size() * 2];
        double[] targets = new double[d.size()];
        int count = map.fill(d, true, inputs, targets, Activation.TANH);
        System.out.println("Hyperplane engine benchmark, Java " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " processors, " + count + " training points");

        train("W1 [4,2]      ", new int[] {4, 2}, inputs, targets, count);
        Network w2 = train("W2 [8,8,8,8,8,8]", new int[] {8, 8, 8, 8, 8, 8}, inputs, targets, count);
        grid(w2);
    }

    private static Network train(String name, int[] hidden, double[] inputs, double[] targets, int count) {
        Network n = Network.create(2, hidden, Activation.TANH, Activation.TANH, Loss.MSE);
        n.initialize(Initialization.RANDOM, new SeededRandom(2));
        Trainer t = new Trainer(n);
        t.setLearningRate(0.03);
        t.setBatchSize(10);
        t.setShuffle(false);
        double sink = 0;
        long start = System.nanoTime();
        while (System.nanoTime() - start < WARM_UP_NANOS) {
            sink += t.trainEpoch(inputs, targets, count, null);
        }
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = bean.getThreadAllocatedBytes(Thread.currentThread().getId());
        long epochs = 0;
        double loss = 0;
        start = System.nanoTime();
        long elapsed;
        do {
            loss = t.trainEpoch(inputs, targets, count, null);
            sink += loss;
            epochs++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < MEASURE_NANOS);
        long allocated = bean.getThreadAllocatedBytes(Thread.currentThread().getId()) - allocatedBefore;
        double samplesPerSecond = epochs * count / (elapsed / 1e9);
        System.out.println(String.format(Locale.ROOT,
                "%s  %,12.0f samples/s  (%d epochs, final train loss %.3g, %d bytes allocated while timed)%s",
                name, samplesPerSecond, epochs, loss, allocated, Double.isNaN(sink) ? " NaN!" : ""));
        return n;
    }

    private static void grid(Network network) {
        DrawingPass n = new DrawingPass(network);
        double[] input = new double[2 * GRID];
        double sink = 0;
        long start = System.nanoTime();
        while (System.nanoTime() - start < WARM_UP_NANOS) {
            sink += evaluateGrid(n, input);
        }
        long grids = 0;
        start = System.nanoTime();
        long elapsed;
        do {
            sink += evaluateGrid(n, input);
            grids++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < MEASURE_NANOS);
        double perSecond = grids / (elapsed / 1e9);
        System.out.println(String.format(Locale.ROOT, "W3 grid 100x100  %,12.1f grids/s = %,.0f evaluations/s%s",
                perSecond, perSecond * GRID * GRID, Double.isNaN(sink) ? " NaN!" : ""));
    }

    /**
     * W3: the network's output at x_i = −6 + 12i/(GRID − 1), y_j = 6 − 12j/(GRID − 1), a row of fixed x_i at a
     * time through the drawing pass (DrawingPass), as the browser benchmark does; returns the sum.
     */
    private static double evaluateGrid(DrawingPass n, double[] input) {
        double sum = 0;
        double[] row = new double[GRID];
        for (int j = 0; j < GRID; j++) {
            input[GRID + j] = 6 - 12.0 * j / (GRID - 1);
        }
        for (int i = 0; i < GRID; i++) {
            double x = -6 + 12.0 * i / (GRID - 1);
            for (int j = 0; j < GRID; j++) {
                input[j] = x;
            }
            n.forwardFastPoints(input, GRID);
            n.pointOutputs(n.network().layerCount(), 0, row, 0);
            for (int j = 0; j < GRID; j++) {
                sum += row[j];
            }
        }
        return sum;
    }
}
