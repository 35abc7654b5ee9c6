package hyperplane.engine;

/**
 * The update rules the page offers, by name, and which of the three settings each reads: β (momentum's decay,
 * RMSProp's ρ, Adam's β₁), β₂ (Adam only) and ε (RMSProp and Adam).
 */
public enum Optimizer implements Keyed {
    /** Plain stochastic gradient descent ({@link Sgd}). */
    SGD("sgd", "SGD"),
    /** {@link Momentum}. */
    MOMENTUM("momentum", "Momentum"),
    /** {@link Nesterov}. */
    NESTEROV("nesterov", "Nesterov"),
    /** {@link RmsProp}. */
    RMSPROP("rmsprop", "RMSProp"),
    /** {@link Adam}. */
    ADAM("adam", "Adam");

    private final Tag tag;

    Optimizer(String key, String label) {
        this.tag = new Tag(key, label);
    }

    @Override
    public Tag tag() {
        return tag;
    }

    /** Whether the rule reads β. */
    public boolean usesBeta() {
        return this != SGD;
    }

    /** Whether the rule reads β₂. */
    public boolean usesBeta2() {
        return this == ADAM;
    }

    /** Whether the rule reads ε. */
    public boolean usesEpsilon() {
        return this == RMSPROP || this == ADAM;
    }

    /** A fresh rule with these settings (the ones it does not read are ignored). */
    public UpdateRule create(double beta, double beta2, double epsilon) {
        return switch (this) {
            case SGD -> new Sgd();
            case MOMENTUM -> new Momentum(beta);
            case NESTEROV -> new Nesterov(beta);
            case RMSPROP -> new RmsProp(beta, epsilon);
            case ADAM -> new Adam(beta, beta2, epsilon);
        };
    }
}
