package hyperplane.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The rules with memory, on two parameters p = (1, 2) at η = 0.1: a first batch of two samples with summed
 * gradient (2, −4), so d = g/|B| = (1, −2), then a second with (4, 2), so d = (2, 1). Every expected number is
 * worked out by hand in the comments.
 */
class MemoryRuleTest {
    private static final double ETA = 0.1;
    private static final double EPS = 1e-8;

    /** p after the first batch and after the second, flattened: {p0, p1, p0', p1'}. */
    private static double[] twoSteps(UpdateRule rule) {
        double[] p = {1, 2};
        double[] saved = new double[2];
        rule.reset(2);
        assertEquals(2, rule.update(p, new double[] {2, -4}, saved, 0, 2, 0, ETA, 2, Regularization.NONE, 0));
        double[] first = p.clone();
        assertArrayEquals(new double[] {1, 2}, saved, 0, "the old values are kept");
        assertEquals(2, rule.update(p, new double[] {4, 2}, saved, 0, 2, 0, ETA, 2, Regularization.NONE, 0));
        return new double[] {first[0], first[1], p[0], p[1]};
    }

    @Test
    void momentum() {
        // v = (1, −2), p = (1 − 0.1, 2 + 0.2) = (0.9, 2.2);
        // v = (0.9·1 + 2, 0.9·(−2) + 1) = (2.9, −0.8), p = (0.9 − 0.29, 2.2 + 0.08) = (0.61, 2.28).
        assertArrayEquals(new double[] {0.9, 2.2, 0.61, 2.28}, twoSteps(new Momentum(0.9)), 1e-12);
    }

    @Test
    void nesterov() {
        // v = (1, −2), step d + 0.9 v = (1.9, −3.8), p = (0.81, 2.38);
        // v = (2.9, −0.8), step (2 + 2.61, 1 − 0.72) = (4.61, 0.28), p = (0.81 − 0.461, 2.38 − 0.028).
        assertArrayEquals(new double[] {0.81, 2.38, 0.349, 2.352}, twoSteps(new Nesterov(0.9)), 1e-12);
    }

    @Test
    void rmsProp() {
        // s = 0.1 d² = (0.1, 0.4), p = (1 − 0.1·1/(√0.1 + ε), 2 + 0.1·2/(√0.4 + ε)) = (0.683772…, 2.316227…);
        // s = (0.09 + 0.4, 0.36 + 0.1) = (0.49, 0.46), p −= 0.1·(2/(0.7 + ε), 1/(√0.46 + ε)).
        double p0 = 1 - 0.1 / (Math.sqrt(0.1) + EPS);
        double p1 = 2 + 0.2 / (Math.sqrt(0.4) + EPS);
        assertEquals(0.683772, p0, 1e-6);
        assertEquals(2.316228, p1, 1e-6);
        assertArrayEquals(new double[] {p0, p1, p0 - 0.2 / (0.7 + EPS), p1 - 0.1 / (Math.sqrt(0.46) + EPS)},
                twoSteps(new RmsProp(0.9, EPS)), 1e-12);
    }

    @Test
    void adam() {
        // t = 1: m = 0.1 d = (0.1, −0.2), s = 0.001 d² = (0.001, 0.004); m̂ = m/0.1 = (1, −2), ŝ = s/0.001 = (1, 4);
        // step m̂/(√ŝ + ε) = (1, −1) to 1e-8, p = (0.9, 2.1).
        // t = 2: m = (0.09 + 0.2, −0.18 + 0.1) = (0.29, −0.08), s = (0.000999 + 0.004, 0.003996 + 0.001)
        // = (0.004999, 0.004996); m̂ = m/0.19 = (1.526316, −0.421053), ŝ = s/0.001999 = (2.500750, 2.499250);
        // step = (1.526316/1.581376, −0.421053/1.580901) = (0.965182, −0.266337), p = (0.803482, 2.126634).
        assertArrayEquals(new double[] {0.9, 2.1, 0.9 - 0.0965182, 2.1 + 0.0266337},
                twoSteps(new Adam(0.9, 0.999, EPS)), 1e-7);
    }

    @Test
    void adamsBiasCorrectionMakesTheFirstStepTheRateWhateverTheGradientsSize() {
        // Without the correction the first step would be η·0.1 d / (√(0.001 d²)) ≈ 3.16 η; with it, η d/(|d| + ε).
        Adam adam = new Adam(0.9, 0.999, EPS);
        adam.reset(3);
        double[] p = {0, 0, 0};
        adam.update(p, new double[] {1e6, -1e-3, 5}, new double[3], 0, 3, 0, ETA, 1, Regularization.NONE, 0);
        assertEquals(-ETA, p[0], 1e-12);
        assertEquals(ETA * 1e-3 / (1e-3 + EPS), p[1], 1e-15);
        assertEquals(-ETA, p[2], 1e-9);
    }

    @Test
    void thePenaltyActsThroughTheRule() {
        // L2 at λ = 0.5 on p = 2 with summed gradient 4 over 2 samples: d = 4/2 + 0.5·2 = 3; momentum's first
        // step is η d = 0.3 (so p = 1.7), and its velocity carries the penalty into the second step:
        // v = 0.9·3 + (0/2 + 0.5·1.7) = 3.55, p = 1.7 − 0.355.
        Momentum m = new Momentum(0.9);
        m.reset(1);
        double[] p = {2};
        m.update(p, new double[] {4}, new double[1], 0, 1, 0, ETA, 2, Regularization.L2, 0.5);
        assertEquals(1.7, p[0], 1e-12);
        m.update(p, new double[] {0}, new double[1], 0, 1, 0, ETA, 2, Regularization.L2, 0.5);
        assertEquals(1.7 - 0.355, p[0], 1e-12);
    }

    @Test
    void resetAndUndoPutTheMemoryBack() {
        for (UpdateRule rule : new UpdateRule[] {new Momentum(0.9), new Nesterov(0.5), new RmsProp(0.9, EPS),
                new Adam(0.9, 0.999, EPS)}) {
            double[] fresh = twoSteps(rule);
            assertArrayEquals(fresh, twoSteps(rule), 0, rule + ": reset forgets the first run");
            // An undone batch leaves the memory as if it never happened.
            rule.reset(2);
            double[] p = {1, 2};
            rule.update(p, new double[] {7, 7}, new double[2], 0, 2, 0, ETA, 2, Regularization.NONE, 0);
            rule.undo(0, 2);
            p = new double[] {1, 2};
            rule.update(p, new double[] {2, -4}, new double[2], 0, 2, 0, ETA, 2, Regularization.NONE, 0);
            assertArrayEquals(new double[] {fresh[0], fresh[1]}, p, 0, rule + ": undo");
        }
    }

    @Test
    void aRefusedValueLeavesTheParameterAndItsMemory() {
        Momentum m = new Momentum(0.9);
        m.reset(2);
        double[] p = {1, 2};
        double[] saved = new double[2];
        assertEquals(1, m.update(p, new double[] {2, Double.MAX_VALUE}, saved, 0, 2, 0, 1e10, 1,
                Regularization.NONE, 0));
        assertEquals(Double.NEGATIVE_INFINITY, m.refused(), 0);
        assertEquals(2, p[1], 0);
        assertEquals(0, m.memory[0][1], 0, "velocity put back");
        assertEquals(2, m.memory[0][0], 0, "the first slot was updated");
        assertEquals(0, m.update(p, new double[] {Double.NaN, 0}, saved, 0, 2, 0, 1, 1, Regularization.NONE, 0));
    }

    @Test
    void rejectsBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> new Momentum(1));
        assertThrows(IllegalArgumentException.class, () -> new Nesterov(-0.1));
        assertThrows(IllegalArgumentException.class, () -> new RmsProp(0.9, 0));
        assertThrows(IllegalArgumentException.class, () -> new Adam(0.9, Double.NaN, 1e-8));
        assertThrows(IllegalArgumentException.class, () -> new Adam(0.9, 0.999, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> new Adam(0.9, 0.999, 1e-8).reset(-1));
    }

    @Test
    void aTrainerCanClearItsRulesMemory() {
        Network a = Network.create(2, new int[] {3}, Activation.TANH, Activation.TANH, Loss.MSE);
        a.initialize(Initialization.RANDOM, new SeededRandom(3));
        Network b = a.copy();
        double[] x = {0.5, -1, 1, 0.25};
        double[] y = {1, -1};
        Trainer ta = new Trainer(a);
        ta.setUpdateRule(new Adam(0.9, 0.999, EPS));
        ta.setShuffle(false);
        ta.trainEpoch(x, y, 2, null);
        a.setParameters(b.parameters());
        ta.resetUpdateRule();
        ta.trainEpoch(x, y, 2, null);
        Trainer tb = new Trainer(b);
        tb.setUpdateRule(new Adam(0.9, 0.999, EPS));
        tb.setShuffle(false);
        tb.trainEpoch(x, y, 2, null);
        assertArrayEquals(b.parameters(), a.parameters(), 0);
    }
}
