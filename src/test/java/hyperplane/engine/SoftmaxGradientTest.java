package hyperplane.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Central-difference gradient checks of a softmax output under categorical cross-entropy and under mean squared
 * error (with the full Jacobian), for K = 2, 3 and 6 outputs behind one or two hidden layers of different
 * activations: through {@link Network#backward} and its trace, through {@link BatchPass} and through one
 * {@link Trainer} step.
 */
class SoftmaxGradientTest {
    /** Central-difference step. */
    private static final double EPS = 1e-5;
    /** Allowed relative error |g − n| / max(|g| + |n|, FLOOR), as in NetworkTest. */
    private static final double TOLERANCE = 1e-6;
    /** Gradients much smaller than this are compared absolutely: rounding of the loss dominates their difference. */
    private static final double FLOOR = 1e-4;
    /** Keep ReLU pre-activations this far from the kink so ±EPS never crosses it. */
    private static final int[] CLASSES = {2, 3, 6};
    /** Hidden layer sizes and their activations: one and two hidden layers, each with different activations. */
    private static final int[][] HIDDEN = {{4}, {5, 3}, {3, 4}, {6}};
    private static final Activation[][] HIDDEN_ACTS = {{Activation.TANH}, {Activation.RELU, Activation.SIGMOID},
        {Activation.LEAKY_RELU, Activation.TANH}, {Activation.LINEAR}};
    private static final int SAMPLES = 5;

    /** A check of one network on {@link #SAMPLES} samples (inputs x, targets y). */
    private interface Check {
        void run(Network n, double[] x, double[] y, String what);
    }

    /** Runs {@code check} on a network of every K, hidden shape and loss, drawn from {@code random}; the count. */
    private static int forEachNetwork(SeededRandom random, Check check) {
        int checked = 0;
        for (int k : CLASSES) {
            for (int h = 0; h < HIDDEN.length; h++) {
                for (Loss loss : Loss.values()) {
                    int[] sizes = new int[HIDDEN[h].length + 2];
                    Activation[] acts = new Activation[HIDDEN[h].length + 1];
                    sizes[0] = 3;
                    for (int i = 0; i < HIDDEN[h].length; i++) {
                        sizes[i + 1] = HIDDEN[h][i];
                        acts[i] = HIDDEN_ACTS[h][i];
                    }
                    sizes[sizes.length - 1] = k;
                    acts[acts.length - 1] = Activation.SOFTMAX;
                    Network n = new Network(sizes, acts, loss);
                    n.initialize(Initialization.RANDOM, random);
                    for (int l = 1; l <= n.layerCount(); l++) {
                        for (int j = 0; j < n.size(l); j++) {
                            n.setBias(l, j, random.nextDouble(-0.5, 0.5));
                        }
                    }
                    double[] x = new double[SAMPLES * 3];
                    for (int s = 0; s < SAMPLES; s++) {
                        NetworkTest.drawAwayFromKinks(n, x, s * 3, random);
                    }
                    double[] y = targets(loss, k, random);
                    check.run(n, x, y, k + " classes, " + Arrays.toString(HIDDEN_ACTS[h]) + ", " + loss);
                    checked++;
                }
            }
        }
        return checked;
    }

    /** One-hot targets under cross-entropy (what categorical cross-entropy means); any in [0, 1] under MSE. */
    private static double[] targets(Loss loss, int k, SeededRandom random) {
        double[] y = new double[SAMPLES * k];
        for (int s = 0; s < SAMPLES; s++) {
            if (loss == Loss.CROSS_ENTROPY) {
                y[s * k + random.nextInt(k)] = 1;
            } else {
                for (int j = 0; j < k; j++) {
                    y[s * k + j] = random.nextDouble();
                }
            }
        }
        return y;
    }



    /** Σ of the samples' losses, through forward and sampleLoss one sample at a time. */
    private static double lossBySample(Network n, double[] x, double[] y, int count) {
        int in = n.size(0);
        int out = n.size(n.layerCount());
        double sum = 0;
        for (int s = 0; s < count; s++) {
            n.forward(x, s * in);
            sum += n.sampleLoss(y, s * out);
        }
        return sum;
    }

    /** A loss of the network as it stands, for central differences. */
    private interface LossOf {
        double of(Network n);
    }

    /** Central differences of {@code loss} in every parameter, in {@link Network#parametersTo} order. */
    private static double[] numericGradient(Network n, LossOf loss) {
        double[] p = n.parameters();
        double[] g = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            double old = p[i];
            p[i] = old + EPS;
            n.setParameters(p);
            double plus = loss.of(n);
            p[i] = old - EPS;
            n.setParameters(p);
            double minus = loss.of(n);
            p[i] = old;
            n.setParameters(p);
            g[i] = (plus - minus) / (2 * EPS);
        }
        return g;
    }

    /** The accumulated gradients in {@link Network#parametersTo} order. */
    private static double[] gradients(Network n) {
        double[] g = new double[n.parameterCount()];
        int i = 0;
        for (int l = 1; l <= n.layerCount(); l++) {
            for (int j = 0; j < n.size(l); j++) {
                for (int k = 0; k < n.size(l - 1); k++) {
                    g[i++] = n.weightGradient(l, j, k);
                }
            }
        }
        for (int l = 1; l <= n.layerCount(); l++) {
            for (int j = 0; j < n.size(l); j++) {
                g[i++] = n.biasGradient(l, j);
            }
        }
        return g;
    }

    private static void assertClose(double[] numeric, double[] analytic, String what) {
        for (int i = 0; i < numeric.length; i++) {
            double error = Math.abs(numeric[i] - analytic[i])
                    / Math.max(Math.abs(numeric[i]) + Math.abs(analytic[i]), FLOOR);
            assertTrue(error <= TOLERANCE, what + ", parameter " + i + ": numeric " + numeric[i] + " analytic "
                    + analytic[i] + " error " + error);
        }
    }

    @Test
    void backwardAndItsTraceMatchCentralDifferences() {
        int checked = forEachNetwork(new SeededRandom(31), (n, x, y, what) -> {
            n.zeroGradients();
            for (int s = 0; s < 2; s++) {
                n.forward(x, s * 3);
                n.backward(y, s * n.size(n.layerCount()));
            }
            assertClose(numericGradient(n, m -> lossBySample(m, x, y, 2)), gradients(n), what + ", backward");
            BackpropTrace trace = n.trace(x, 0, y, 0);
            double[] numeric = numericGradient(n, m -> lossBySample(m, x, y, 1));
            int i = 0;
            for (int l = 1; l <= n.layerCount(); l++) {
                for (int j = 0; j < n.size(l); j++) {
                    for (int k = 0; k < n.size(l - 1); k++) {
                        assertClose(new double[] {numeric[i++]}, new double[] {trace.weightGradient(l, j, k)},
                                what + ", trace w" + l + "_" + j + k);
                    }
                }
            }
            for (int l = 1; l <= n.layerCount(); l++) {
                for (int j = 0; j < n.size(l); j++) {
                    assertClose(new double[] {numeric[i++]}, new double[] {trace.biasGradient(l, j)},
                            what + ", trace b" + l + "_" + j);
                }
            }
        });
        assertEquals(CLASSES.length * HIDDEN.length * 2, checked);
    }

    @Test
    void theBatchPassMatchesCentralDifferencesOfTheBatchedLoss() {
        int[] order = new int[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            order[i] = (i * 3) % SAMPLES;
        }
        forEachNetwork(new SeededRandom(32), (n, x, y, what) -> {
            n.zeroGradients();
            n.batchPass().accumulate(x, y, order, 0, SAMPLES);
            double[] analytic = gradients(n);
            assertClose(numericGradient(n, m -> m.batchPass().lossSum(x, y, SAMPLES)), analytic, what + ", batch");
        });
    }

    @Test
    void oneTrainerStepMovesEachParameterByTheRateTimesTheMeanGradient() {
        double rate = 0.01;
        forEachNetwork(new SeededRandom(33), (n, x, y, what) -> {
            double[] numeric = numericGradient(n, m -> Trainer.meanLoss(m, x, y, SAMPLES));
            double[] before = n.parameters();
            Trainer trainer = new Trainer(n);
            trainer.setLearningRate(rate);
            trainer.setBatchSize(SAMPLES);
            trainer.setShuffle(false);
            trainer.trainBatch(x, y, SAMPLES, null);
            double[] after = n.parameters();
            double[] step = new double[before.length];
            for (int i = 0; i < step.length; i++) {
                step[i] = (before[i] - after[i]) / rate;
            }
            // The step's own rounding (an ulp of a parameter over the rate) stays far below the tolerance here.
            assertClose(numeric, step, what + ", trainer step");
        });
    }
}
