package hyperplane.view;

import hyperplane.data.Dataset;
import hyperplane.data.DatasetKind;
import hyperplane.data.ProblemType;
import hyperplane.engine.Activation;
import hyperplane.engine.Initialization;
import hyperplane.engine.Keyed;
import hyperplane.engine.Loss;
import hyperplane.engine.Optimizer;
import hyperplane.engine.Regularization;
import hyperplane.engine.Schedule;
import hyperplane.state.Optimization;
import hyperplane.state.PlaygroundConfig;
import hyperplane.state.TrainingSpeed;

/**
 * The playground's settings controls that map one to one onto a configuration field, as a table: each one's
 * element id, its kind, the configuration a value of it makes, the value a configuration shows in it, and when
 * it is disabled. The browser wires and fills them in one loop; the table is tested on the JVM. A control's value
 * is its text as the page holds it: an option's key, a number, or "true" / "false" for a check box. Ranges hold
 * percentages where the configuration holds fractions (noise, training ratio).
 */
public enum PlaygroundControl {
    PROBLEM("problem", Kind.CHOICE),
    DATASET("dataset", Kind.CHOICE),
    CLASSES("classes", Kind.CHOICE),
    ACTIVATION("activation", Kind.CHOICE),
    OUTPUT("output", Kind.CHOICE),
    LOSS("loss", Kind.CHOICE),
    REGULARIZATION("regularization", Kind.CHOICE),
    INITIALIZATION("initialization", Kind.CHOICE),
    SPEED("speed", Kind.CHOICE),
    LEARNING_RATE("learning-rate", Kind.NUMBER_CHOICE),
    REGULARIZATION_RATE("regularization-rate", Kind.NUMBER_CHOICE),
    NOISE("noise", Kind.RANGE),
    TRAIN_RATIO("train-ratio", Kind.RANGE),
    BATCH_SIZE("batch-size", Kind.RANGE),
    SHOW_TEST("show-test", Kind.SWITCH),
    DISCRETIZE("discretize", Kind.SWITCH),
    SHOW_LINES("show-lines", Kind.SWITCH),
    HISTOGRAMS("show-histograms", Kind.SWITCH),
    GRADIENT_FLOW("show-gradient-flow", Kind.SWITCH),
    OPTIMIZER("optimizer", Kind.CHOICE),
    BETA("optimizer-beta", Kind.NUMBER_CHOICE),
    BETA2("optimizer-beta2", Kind.NUMBER_CHOICE),
    EPSILON("optimizer-epsilon", Kind.NUMBER_CHOICE),
    SCHEDULE("schedule", Kind.CHOICE),
    DECAY("schedule-decay", Kind.NUMBER_CHOICE),
    EVERY("schedule-every", Kind.NUMBER_CHOICE);

    /** How the page holds a control's value. */
    public enum Kind {
        /** A select of keys. */
        CHOICE,
        /** A select of numbers; a link may ask for one not listed, which is then added. */
        NUMBER_CHOICE,
        /** A range input, changed while dragged, its value also written into the element {@code id + "-value"}. */
        RANGE,
        /** A check box. */
        SWITCH
    }

    private final String id;
    private final Kind kind;

    PlaygroundControl(String id, Kind kind) {
        this.id = id;
        this.kind = kind;
    }

    /** The element's id in the page. */
    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** The DOM event that carries a change: a range changes while dragged, the others when set. */
    public String event() {
        return kind == Kind.RANGE ? "input" : "change";
    }

    /**
     * The configuration {@code value} set in this control makes from {@code config} (whose withX checks it).
     *
     * @throws IllegalArgumentException if the value is not one the control offers
     */
    public PlaygroundConfig with(PlaygroundConfig config, String value) {
        return switch (this) {
            case PROBLEM -> config.withProblem(ProblemType.fromKey(value));
            case DATASET -> value.equals(PlaygroundEdits.MY_POINTS) ? config.withPoints(Dataset.empty())
                    : config.withDataset(DatasetKind.fromKey(value));
            case CLASSES -> config.withClasses(Integer.parseInt(value));
            case ACTIVATION -> config.withActivation(Activation.fromKey(value));
            case OUTPUT -> config.withOutput(Activation.fromKey(value));
            case LOSS -> config.withLoss(Loss.fromKey(value));
            case REGULARIZATION -> config.withRegularization(Regularization.fromKey(value),
                    config.regularizationRate());
            case INITIALIZATION -> config.withInitialization(Initialization.fromKey(value));
            case SPEED -> config.withSpeed(TrainingSpeed.fromKey(value));
            case LEARNING_RATE -> config.withLearningRate(Double.parseDouble(value));
            case REGULARIZATION_RATE -> config.withRegularization(config.regularization(), Double.parseDouble(value));
            case NOISE -> config.withNoise(Double.parseDouble(value) / 100);
            case TRAIN_RATIO -> config.withTrainRatio(Double.parseDouble(value) / 100);
            case BATCH_SIZE -> config.withBatchSize((int) Double.parseDouble(value));
            case SHOW_TEST -> config.withShowTest(Boolean.parseBoolean(value));
            case DISCRETIZE -> config.withDiscretize(Boolean.parseBoolean(value));
            case SHOW_LINES -> config.withShowLines(Boolean.parseBoolean(value));
            case HISTOGRAMS -> config.withHistograms(Boolean.parseBoolean(value));
            case GRADIENT_FLOW -> config.withGradientFlow(Boolean.parseBoolean(value));
            case OPTIMIZER -> config.withOptimization(config.optimization().withOptimizer(optimizer(value)));
            case BETA -> config.withOptimization(config.optimization().withBeta(Double.parseDouble(value)));
            case BETA2 -> config.withOptimization(config.optimization().withBeta2(Double.parseDouble(value)));
            case EPSILON -> config.withOptimization(config.optimization().withEpsilon(Double.parseDouble(value)));
            case SCHEDULE -> config.withOptimization(config.optimization().withSchedule(Schedule.Kind.fromKey(value)));
            case DECAY -> config.withOptimization(config.optimization().withDecay(Double.parseDouble(value)));
            case EVERY -> config.withOptimization(config.optimization().withEvery((int) Double.parseDouble(value)));
        };
    }

    /** The value {@code config} shows in this control (own points show as the dataset "My points"). */
    public String value(PlaygroundConfig config) {
        return switch (this) {
            case PROBLEM -> config.problem().key();
            case DATASET -> config.points() != null ? PlaygroundEdits.MY_POINTS : config.dataset().key();
            case CLASSES -> Integer.toString(config.classes());
            case ACTIVATION -> config.activation().key();
            case OUTPUT -> config.output().key();
            case LOSS -> config.loss().key();
            case REGULARIZATION -> config.regularization().key();
            case INITIALIZATION -> config.initialization().key();
            case SPEED -> config.speed().key();
            case LEARNING_RATE -> Double.toString(config.learningRate());
            case REGULARIZATION_RATE -> Double.toString(config.regularizationRate());
            case NOISE -> Integer.toString((int) Math.round(config.noise() * 100));
            case TRAIN_RATIO -> Integer.toString((int) Math.round(config.trainRatio() * 100));
            case BATCH_SIZE -> Integer.toString(config.batchSize());
            case SHOW_TEST -> Boolean.toString(config.showTest());
            case DISCRETIZE -> Boolean.toString(config.discretize());
            case SHOW_LINES -> Boolean.toString(config.showLines());
            case HISTOGRAMS -> Boolean.toString(config.histograms());
            case GRADIENT_FLOW -> Boolean.toString(config.gradientFlow());
            case OPTIMIZER -> config.optimization().optimizer().key();
            case BETA -> Double.toString(config.optimization().beta());
            case BETA2 -> Double.toString(config.optimization().beta2());
            case EPSILON -> Double.toString(config.optimization().epsilon());
            case SCHEDULE -> config.optimization().schedule().key();
            case DECAY -> Double.toString(config.optimization().decay());
            case EVERY -> Integer.toString(config.optimization().every());
        };
    }

    /**
     * Whether {@link #disabled} decides this control's state on every configuration shown. The others are left
     * alone, so that a control an embedding page locked stays locked (the output select is disabled with its
     * options, see PlaygroundEdits#outputs).
     */
    public boolean followsConfig() {
        return this == NOISE || this == TRAIN_RATIO || this == LOSS || this == REGULARIZATION_RATE || this == CLASSES;
    }

    /**
     * Whether the control is off for {@code config}: noise and split mean nothing for own points, the loss is
     * fixed for regression, a regularization rate needs a regularizer, and more classes need a dataset that comes
     * in more ({@link DatasetKind#manyClasses()}) or own points (never regression).
     */
    public boolean disabled(PlaygroundConfig config) {
        return switch (this) {
            case NOISE, TRAIN_RATIO -> config.points() != null;
            case CLASSES -> config.problem() == ProblemType.REGRESSION
                    || (config.points() == null && !config.dataset().manyClasses());
            case LOSS -> config.problem() == ProblemType.REGRESSION;
            case REGULARIZATION_RATE -> config.regularization() == Regularization.NONE;
            default -> false;
        };
    }

    /**
     * Whether the control's field is left out for {@code config}: each update rule shows only the settings it
     * reads, and a schedule only its own (γ for both decays, the interval for step decay).
     */
    public boolean hidden(PlaygroundConfig config) {
        Optimization o = config.optimization();
        return switch (this) {
            case BETA -> !o.optimizer().usesBeta();
            case BETA2 -> !o.optimizer().usesBeta2();
            case EPSILON -> !o.optimizer().usesEpsilon();
            case DECAY -> o.schedule() == Schedule.Kind.CONSTANT;
            case EVERY -> o.schedule() != Schedule.Kind.STEP;
            default -> false;
        };
    }

    /** The name of the β setting for {@code optimizer}: momentum's β, RMSProp's decay ρ, Adam's β₁. */
    public static String betaLabel(Optimizer optimizer) {
        return switch (optimizer) {
            case RMSPROP -> "Decay ρ";
            case ADAM -> "β₁ (gradient average)";
            default -> "Momentum β";
        };
    }

    /**
     * The line beside the epoch when a schedule moves the learning rate ("Learning rate now 0.015"), or "" for a
     * constant rate.
     */
    public static String rateNow(PlaygroundConfig config, double rate) {
        return config.optimization().schedule() == Schedule.Kind.CONSTANT ? ""
                : "Learning rate now " + (rate < 1e-3 ? Format.scientific(rate) : Format.trimmed(rate, 6));
    }

    private static Optimizer optimizer(String key) {
        return Keyed.fromKey(Optimizer.values(), key, "optimizer");
    }

    /** The legend of the class picker for new points: regression points get a target, classification a class. */
    public static String classLegend(ProblemType problem) {
        return problem == ProblemType.REGRESSION ? "Target of new points" : "Class of new points";
    }

    /** What new points of class (or target) button {@code k} (0 … 5) get: −1 / +1 for regression, else k. */
    public static String classValue(ProblemType problem, int k) {
        return problem == ProblemType.REGRESSION ? (k == 0 ? "−1" : "+1") : Integer.toString(k);
    }

    /** How many class buttons {@code config} offers: its classes, or the two targets of regression. */
    public static int classButtons(PlaygroundConfig config) {
        return config.problem() == ProblemType.REGRESSION ? 2 : config.classes();
    }

    /** Why the classes could not change (the reason names the point), and that the points decide. */
    public static String classesRefused(int kept, String reason) {
        return "Still " + kept + " classes: " + reason + ". Remove those points, or give them another class, first.";
    }
}
