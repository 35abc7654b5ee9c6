package hyperplane.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Sgd}, and how the {@link Trainer} drives an {@link UpdateRule}: slots, order, undo on divergence. */
class UpdateRuleTest {
    @Test
    void sgdStepsByTheMeanGradientAndKeepsTheOldValues() {
        double[] p = {1, 2, 3, 4};
        double[] g = {10, -20, 30, 0};
        double[] saved = new double[4];
        Sgd sgd = new Sgd();
        sgd.reset(4);
        assertEquals(3, sgd.update(p, g, saved, 1, 3, 0, 0.1, 5, Regularization.NONE, 0));
        assertEquals(1, p[0], 0);
        assertEquals(2 - 0.1 / 5 * -20, p[1], 0);
        assertEquals(3 - 0.1 / 5 * 30, p[2], 0);
        assertEquals(4, p[3], 0);
        assertEquals(2, saved[1], 0);
        assertEquals(3, saved[2], 0);
        // With L2 (R′(w) = w) at λ = 0.5: w − (η/|B|) g − (η λ) w.
        double[] q = {2};
        sgd.update(q, new double[] {4}, new double[1], 0, 1, 0, 0.1, 2, Regularization.L2, 0.5);
        assertEquals(2 - 0.1 / 2 * 4 - 0.1 * 0.5 * 2, q[0], 0);
    }

    @Test
    void sgdStopsAtTheFirstNonFiniteGradientOrValue() {
        Sgd sgd = new Sgd();
        double[] p = {1, 2, 3};
        double[] saved = new double[3];
        assertEquals(1, sgd.update(p, new double[] {1, Double.NaN, 1}, saved, 0, 3, 0, 1, 1, Regularization.NONE, 0));
        assertEquals(0, p[0], 0);
        assertEquals(2, p[1], 0, "left as it was");
        assertEquals(3, p[2], 0, "not reached");
        assertEquals(1, saved[0], 0);
        double[] big = {1, Double.MAX_VALUE};
        assertEquals(1, sgd.update(big, new double[] {1, -Double.MAX_VALUE}, new double[2], 0, 2, 0, 2, 1,
                Regularization.NONE, 0));
        assertEquals(Double.POSITIVE_INFINITY, sgd.refused(), 0);
        assertEquals(Double.MAX_VALUE, big[1], 0);
    }

    @Test
    void anExplicitSgdTrainsToTheSameBitsAsTheDefault() {
        Network a = Network.create(2, new int[] {5, 3}, Activation.TANH, Activation.SIGMOID, Loss.CROSS_ENTROPY);
        a.initialize(Initialization.RANDOM, new SeededRandom(8));
        Network b = a.copy();
        double[] x = new double[40];
        double[] y = new double[20];
        SeededRandom random = new SeededRandom(9);
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextDouble(-2, 2);
        }
        for (int i = 0; i < y.length; i++) {
            y[i] = i % 3 == 0 ? 1 : 0;
        }
        Trainer ta = new Trainer(a);
        Trainer tb = new Trainer(b);
        tb.setUpdateRule(new Sgd());
        for (Trainer t : new Trainer[] {ta, tb}) {
            t.setRegularization(Regularization.L1, 0.01);
            t.setBatchSize(6);
            t.trainEpoch(x, y, 20, new SeededRandom(4));
            t.trainEpoch(x, y, 20, new SeededRandom(5));
        }
        assertTrue(ta.updateRule() instanceof Sgd);
        double[] pa = a.parameters();
        double[] pb = b.parameters();
        for (int i = 0; i < pa.length; i++) {
            assertEquals(Double.doubleToRawLongBits(pa[i]), Double.doubleToRawLongBits(pb[i]), "parameter " + i);
        }
    }

    /** Plain SGD that records what the trainer asks of it. */
    private static final class Recording implements UpdateRule {
        final Sgd sgd = new Sgd();
        final List<String> calls = new ArrayList<>();

        @Override
        public void reset(int parameterCount) {
            calls.add("reset " + parameterCount);
        }

        @Override
        public int update(double[] p, double[] g, double[] saved, int from, int to, int state, double learningRate,
                int batchSize, Regularization penalty, double penaltyRate) {
            calls.add("update " + from + ".." + to + " state " + state + " " + penalty);
            return sgd.update(p, g, saved, from, to, state, learningRate, batchSize, penalty, penaltyRate);
        }

        @Override
        public double refused() {
            return sgd.refused();
        }

        @Override
        public void undo(int state, int count) {
            calls.add("undo " + state + " " + count);
        }
    }

    @Test
    void theTrainerUpdatesWeightsThenBiasesInConsecutiveStateSlots() {
        Network n = new Network(new int[] {2, 3, 1}, new Activation[] {Activation.TANH, Activation.LINEAR}, Loss.MSE);
        n.initialize(Initialization.RANDOM, new SeededRandom(2));
        Trainer t = new Trainer(n);
        Recording rule = new Recording();
        t.setUpdateRule(rule);
        assertSame(rule, t.updateRule());
        t.setShuffle(false);
        t.setRegularization(Regularization.L2, 0.1);
        t.trainBatch(new double[] {1, 2}, new double[] {3}, 1, null);
        // 9 weights (slots 0..8), then the 4 biases at node indices 2..5 (slots 9..12); n.parameterCount() = 13.
        assertEquals(List.of("reset 13", "update 0..9 state 0 L2", "update 2..6 state 9 NONE"), rule.calls);
    }

    @Test
    void aBiasOverflowUndoesTheRuleStateOfEverySlotAlreadyUpdated() {
        // Input 0 makes every weight gradient 0; the bias 1e153 gives a finite loss and a bias gradient of 1e153,
        // which η = 1e200 overflows: all 2 weights were updated, the bias was not.
        Network n = new Network(new int[] {2, 1}, new Activation[] {Activation.LINEAR}, Loss.MSE);
        n.setBias(1, 0, 1e153);
        Trainer t = new Trainer(n);
        Recording rule = new Recording();
        t.setUpdateRule(rule);
        t.setShuffle(false);
        t.setLearningRate(1e200);
        assertTrue(Double.isNaN(t.trainBatch(new double[] {0, 0}, new double[] {0}, 1, null)));
        assertTrue(t.divergence().contains("a bias became infinite"), t.divergence());
        assertEquals(List.of("reset 3", "update 0..2 state 0 NONE", "update 2..3 state 2 NONE", "undo 0 2"),
                rule.calls);
        assertEquals(1e153, n.bias(1, 0), 0);
    }

    @Test
    void rejectsANullRule() {
        Trainer t = new Trainer(Network.create(1, new int[] {}, Activation.LINEAR, Activation.LINEAR, Loss.MSE));
        assertThrows(IllegalArgumentException.class, () -> t.setUpdateRule(null));
        assertThrows(IllegalArgumentException.class, () -> new Sgd().reset(-1));
    }
}
