package hyperplane.state;

import hyperplane.engine.Optimizer;
import hyperplane.engine.Schedule;
import hyperplane.engine.UpdateRule;

/**
 * How the playground steps: the update rule with its settings, and the learning-rate schedule. Validated in the
 * constructor against the constants below, which the link shares.
 *
 * @param optimizer which rule
 * @param beta      β: momentum's decay, RMSProp's ρ, Adam's β₁; 0..{@link #MAX_BETA}
 * @param beta2     Adam's β₂, 0..{@link #MAX_BETA2}
 * @param epsilon   ε of RMSProp and Adam, {@link #MIN_EPSILON}..{@link #MAX_EPSILON}
 * @param schedule  the schedule's shape
 * @param decay     γ, the factor of each drop, {@link #MIN_DECAY}..1
 * @param every     the epochs between step decay's drops, 1..{@link #MAX_EVERY}
 */
public record Optimization(Optimizer optimizer, double beta, double beta2, double epsilon, Schedule.Kind schedule,
        double decay, int every) {
    public static final double MAX_BETA = 0.999;
    public static final double MAX_BETA2 = 0.9999;
    public static final double MIN_EPSILON = 1e-12;
    public static final double MAX_EPSILON = 1;
    public static final double MIN_DECAY = 0.01;
    public static final int MAX_EVERY = 10000;

    /** Plain SGD at a constant rate; β 0.9, β₂ 0.999, ε 1e-8, γ 0.9 every 50 epochs once chosen. */
    public static final Optimization DEFAULT = new Optimization(Optimizer.SGD, 0.9, 0.999, 1e-8,
            Schedule.Kind.CONSTANT, 0.9, 50);

    /** @throws IllegalArgumentException naming the first value out of range */
    public Optimization {
        require(optimizer != null && schedule != null, "optimizer and schedule must be set");
        require(beta >= 0 && beta <= MAX_BETA, "beta (" + beta + ") must be in [0, " + MAX_BETA + "]");
        require(beta2 >= 0 && beta2 <= MAX_BETA2, "beta2 (" + beta2 + ") must be in [0, " + MAX_BETA2 + "]");
        require(epsilon >= MIN_EPSILON && epsilon <= MAX_EPSILON,
                "epsilon (" + epsilon + ") must be in [" + MIN_EPSILON + ", " + MAX_EPSILON + "]");
        require(decay >= MIN_DECAY && decay <= 1, "decay (" + decay + ") must be in [" + MIN_DECAY + ", 1]");
        require(every >= 1 && every <= MAX_EVERY, "every (" + every + ") must be in [1, " + MAX_EVERY + "]");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** A fresh update rule with these settings, its memory empty. */
    public UpdateRule rule() {
        return optimizer.create(beta, beta2, epsilon);
    }

    /** The learning-rate schedule. */
    public Schedule toSchedule() {
        return schedule == Schedule.Kind.CONSTANT ? Schedule.CONSTANT : new Schedule(schedule, decay, every);
    }

    /** Whether a rule made from {@code other} would step as one made from these settings. */
    public boolean sameRuleAs(Optimization other) {
        return optimizer == other.optimizer && beta == other.beta && beta2 == other.beta2
                && epsilon == other.epsilon;
    }

    public Optimization withOptimizer(Optimizer value) {
        return new Optimization(value, beta, beta2, epsilon, schedule, decay, every);
    }

    public Optimization withBeta(double value) {
        return new Optimization(optimizer, value, beta2, epsilon, schedule, decay, every);
    }

    public Optimization withBeta2(double value) {
        return new Optimization(optimizer, beta, value, epsilon, schedule, decay, every);
    }

    public Optimization withEpsilon(double value) {
        return new Optimization(optimizer, beta, beta2, value, schedule, decay, every);
    }

    public Optimization withSchedule(Schedule.Kind value) {
        return new Optimization(optimizer, beta, beta2, epsilon, value, decay, every);
    }

    public Optimization withDecay(double value) {
        return new Optimization(optimizer, beta, beta2, epsilon, schedule, value, every);
    }

    public Optimization withEvery(int value) {
        return new Optimization(optimizer, beta, beta2, epsilon, schedule, decay, value);
    }
}
