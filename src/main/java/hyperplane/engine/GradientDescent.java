package hyperplane.engine;

import java.util.Arrays;

/**
 * Gradient descent on a function of one variable: x′ = x − ε f′(x), one iteration per {@link #step()}.
 *
 * <p>The iterates are kept as a table of rows: row 0 is the start (x0, f(x0), f′(x0)) and row k holds
 * x_k, f(x_k), f′(x_k) after k steps. After each step, in this order:
 * <ol>
 *   <li>{@link Status#DIVERGED} if x′ or f(x′) is NaN or infinite, or |x′| &gt; {@value #DIVERGENCE_LIMIT};
 *   <li>{@link Status#CONVERGED} if the step was shorter than the threshold: |x′ − x| &lt; threshold;
 *   <li>{@link Status#CAP_REACHED} if this was step number {@code maxSteps};
 *   <li>otherwise {@link Status#RUNNING}.
 * </ol>
 * The start itself is checked by rule 1 (so log(x) from x0 = −1 is DIVERGED with zero steps). A NaN
 * derivative makes x′ NaN and so also ends in DIVERGED. With threshold 0 no run converges: it ends at the
 * cap or diverges.
 *
 * <p>The classic regimes on (x − 2)², where x′ − 2 = (1 − 2ε)(x − 2): ε = 0.01 crawls, ε = 0.1 converges
 * briskly, ε = 0.5 lands on 2 in one step, ε = 1 bounces between x0 and 4 − x0 forever, ε &gt; 1 diverges.
 */
public final class GradientDescent {
    /** Where a run stands. */
    public enum Status {
        /** More steps possible. */
        RUNNING,
        /** The last step moved x by less than the threshold. */
        CONVERGED,
        /** The step cap was reached first. */
        CAP_REACHED,
        /** x or f(x) became NaN or infinite, or |x| exceeded {@value GradientDescent#DIVERGENCE_LIMIT}. */
        DIVERGED
    }

    /** |x| beyond this counts as divergence. */
    public static final double DIVERGENCE_LIMIT = 1e12;
    /** The largest step cap accepted (the table holds at most this many rows plus the start). */
    public static final int MAX_STEP_CAP = 1_000_000;

    private final Function1D function;
    private final double start;
    private final double learningRate;
    private final double threshold;
    private final int maxSteps;

    private double[] xs;
    private double[] values;
    private double[] derivatives;
    private int steps;
    private Status status;

    /**
     * A run of at most {@code maxSteps} steps from {@code start}.
     *
     * @param threshold a step with |x′ − x| &lt; threshold means converged; 0 disables this test
     * @throws IllegalArgumentException if the function is null, start is not finite, the learning rate is
     *     not finite and &gt; 0, the threshold is NaN or negative, or maxSteps is outside [1, 1,000,000]
     */
    public GradientDescent(Function1D function, double start, double learningRate, double threshold,
            int maxSteps) {
        if (function == null) {
            throw new IllegalArgumentException("function must not be null");
        }
        if (!(start - start == 0)) {
            throw new IllegalArgumentException("start (" + start + ") must be finite");
        }
        if (!(learningRate > 0) || learningRate == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("learningRate (" + learningRate + ") must be finite and > 0");
        }
        if (!(threshold >= 0)) {
            throw new IllegalArgumentException("threshold (" + threshold + ") must be >= 0");
        }
        if (maxSteps < 1 || maxSteps > MAX_STEP_CAP) {
            throw new IllegalArgumentException("maxSteps (" + maxSteps + ") must be in [1, " + MAX_STEP_CAP + "]");
        }
        this.function = function;
        this.start = start;
        this.learningRate = learningRate;
        this.threshold = threshold;
        this.maxSteps = maxSteps;
        int capacity = Math.min(maxSteps + 1, 64);
        xs = new double[capacity];
        values = new double[capacity];
        derivatives = new double[capacity];
        reset();
    }

    /** Forgets every step and goes back to the start. */
    public void reset() {
        steps = 0;
        record(0, start);
        status = diverged(start, values[0]) ? Status.DIVERGED : Status.RUNNING;
    }

    /**
     * One iteration x′ = x − ε f′(x); returns the new status.
     *
     * @throws IllegalStateException if the run has already finished
     */
    public Status step() {
        if (status != Status.RUNNING) {
            throw new IllegalStateException("the run has finished: " + status + " after " + steps + " steps");
        }
        double x = xs[steps];
        double next = x - learningRate * derivatives[steps];
        steps++;
        if (steps == xs.length) {
            int capacity = Math.min(maxSteps + 1, 2 * xs.length);
            xs = Arrays.copyOf(xs, capacity);
            values = Arrays.copyOf(values, capacity);
            derivatives = Arrays.copyOf(derivatives, capacity);
        }
        record(steps, next);
        if (diverged(next, values[steps])) {
            status = Status.DIVERGED;
        } else if (Math.abs(next - x) < threshold) {
            status = Status.CONVERGED;
        } else if (steps >= maxSteps) {
            status = Status.CAP_REACHED;
        }
        return status;
    }

    /** Steps until the run finishes and returns the final status. */
    public Status run() {
        while (status == Status.RUNNING) {
            step();
        }
        return status;
    }

    private void record(int row, double x) {
        xs[row] = x;
        values[row] = function.value(x);
        derivatives[row] = function.derivative(x);
    }

    private static boolean diverged(double x, double fx) {
        // x - x == 0 is false exactly for NaN and ±∞.
        return !(x - x == 0) || !(fx - fx == 0) || Math.abs(x) > DIVERGENCE_LIMIT;
    }

    /** The current status. */
    public Status status() {
        return status;
    }

    /** True when the status is not {@link Status#RUNNING}. */
    public boolean isFinished() {
        return status != Status.RUNNING;
    }

    /** Steps taken so far. */
    public int steps() {
        return steps;
    }

    /** Rows in the table: {@link #steps()} + 1 (row 0 is the start). */
    public int rowCount() {
        return steps + 1;
    }

    /** The current x (the last row's). */
    public double x() {
        return xs[steps];
    }

    /** x after {@code row} steps. */
    public double x(int row) {
        checkRow(row);
        return xs[row];
    }

    /** f(x) after {@code row} steps. */
    public double value(int row) {
        checkRow(row);
        return values[row];
    }

    /** f′(x) after {@code row} steps. */
    public double derivative(int row) {
        checkRow(row);
        return derivatives[row];
    }

    /** x of every row, a copy of length {@link #rowCount()}. */
    public double[] xs() {
        return Arrays.copyOf(xs, steps + 1);
    }

    /** f(x) of every row, a copy. */
    public double[] values() {
        return Arrays.copyOf(values, steps + 1);
    }

    /** f′(x) of every row, a copy. */
    public double[] derivatives() {
        return Arrays.copyOf(derivatives, steps + 1);
    }

    /** The function descended. */
    public Function1D function() {
        return function;
    }

    /** The start x0. */
    public double start() {
        return start;
    }

    /** The learning rate ε. */
    public double learningRate() {
        return learningRate;
    }

    /** The convergence threshold on |x′ − x|. */
    public double threshold() {
        return threshold;
    }

    /** The step cap. */
    public int maxSteps() {
        return maxSteps;
    }

    private void checkRow(int row) {
        if (row < 0 || row > steps) {
            throw new IllegalArgumentException("row (" + row + ") must be in [0, " + steps + "]");
        }
    }
}
