package hyperplane.engine;

/**
 * How a mini-batch's summed gradients change the parameters: the optimizer (DESIGN.md §4, §7). {@link Sgd} is
 * plain stochastic gradient descent; a rule with memory (momentum, RMSProp, Adam) keeps its per-parameter state in
 * flat arrays that {@link #reset} sizes, one slot per parameter.
 *
 * <p>The {@link Trainer} calls {@link #update} twice per batch, once for the weights (state slots 0 … W − 1,
 * regularized) and once for the biases (the next slots, never regularized), and {@link #undo} if the batch diverges.
 * The trainer owns the parameter arrays and their backup; the rule owns its state. An implementation must
 * allocate nothing in {@link #update}, loop over plain arrays (it runs once per batch over every parameter) and
 * keep its result bit-identical on every runtime (no {@code Math.pow}; {@code long} is slow in the JS build).
 *
 * <p>One rule serves one trainer; {@link Trainer#setUpdateRule} resets it.
 */
public interface UpdateRule {
    /** Sizes the per-parameter state for {@code parameterCount} parameters and sets it to its start. */
    void reset(int parameterCount);

    /**
     * Updates p[i] for i = from, from + 1, … , to − 1 in that order, from g[i], the gradient SUMMED over a batch
     * of {@code batchSize} samples, with learning rate η and, unless {@code penalty} is {@link Regularization#NONE},
     * the penalty's derivative R′(p[i]) at rate λ. Before writing p[i] it keeps the old value in saved[i]. The
     * state of p[i] is slot {@code state + (i − from)}.
     *
     * <p>Stops at the first i whose gradient g[i] or whose new value is NaN or infinite, leaving p[i] and its state
     * as they were, and returns that i; returns {@code to} when every parameter was updated. The caller then
     * restores p from saved and calls {@link #undo} for the slots already updated.
     *
     * @return {@code to}, or the index of the first parameter that could not be updated
     */
    int update(double[] p, double[] g, double[] saved, int from, int to, int state, double learningRate,
            int batchSize, Regularization penalty, double penaltyRate);

    /**
     * The value the last {@link #update} refused (NaN or infinite) when it stopped because of a new value rather
     * than a gradient; for the trainer's message.
     */
    double refused();

    /**
     * Puts back the state of slots [state, state + count), which this batch's {@link #update} calls changed, after
     * the batch diverged (so a rule with state keeps each slot's old state as it goes, as the trainer keeps the
     * old parameters). Rules without state do nothing.
     */
    void undo(int state, int count);
}
