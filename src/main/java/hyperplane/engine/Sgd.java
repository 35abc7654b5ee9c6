package hyperplane.engine;

/**
 * Plain stochastic gradient descent (DESIGN.md §4): p ← p − η (g/|B| + λ R′(p)), computed as
 * p − (η/|B|)·g − (ηλ)·R′(p), and p − (η/|B|)·g without a penalty. No state: the same gradient always gives the
 * same step.
 */
public final class Sgd implements UpdateRule {
    private double refused;

    @Override
    public void reset(int parameterCount) {
        if (parameterCount < 0) {
            throw new IllegalArgumentException("parameterCount (" + parameterCount + ") must be >= 0");
        }
    }

    @Override
    public int update(double[] p, double[] g, double[] saved, int from, int to, int state, double learningRate,
            int batchSize, Regularization penalty, double penaltyRate) {
        double step = learningRate / batchSize;
        double decay = learningRate * penaltyRate;
        // x − x is 0 exactly when x is finite (NaN and ±∞ give NaN): one subtraction instead of Double.isFinite,
        // which TeaVM's JavaScript reaches through two library calls.
        if (penalty == Regularization.NONE) {
            // R′ = 0, and u − 0 = u for every u: the same bits as the general loop, without a call per parameter.
            for (int i = from; i < to; i++) {
                double gi = g[i];
                if (!(gi - gi == 0)) {
                    return i;
                }
                double old = p[i];
                double updated = old - step * gi;
                if (!(updated - updated == 0)) {
                    refused = updated;
                    return i;
                }
                saved[i] = old;
                p[i] = updated;
            }
        } else {
            for (int i = from; i < to; i++) {
                double gi = g[i];
                if (!(gi - gi == 0)) {
                    return i;
                }
                double old = p[i];
                double updated = old - step * gi - decay * penalty.derivative(old);
                if (!(updated - updated == 0)) {
                    refused = updated;
                    return i;
                }
                saved[i] = old;
                p[i] = updated;
            }
        }
        return to;
    }

    @Override
    public double refused() {
        return refused;
    }

    @Override
    public void undo(int state, int count) {
        // No state to put back.
    }
}
