package hyperplane.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.Activation;
import hyperplane.engine.Loss;
import hyperplane.engine.Network;
import hyperplane.sim.TrainingDiagnosis.DeadUnits;
import hyperplane.sim.TrainingDiagnosis.Finding;
import hyperplane.sim.TrainingDiagnosis.NoProgress;
import hyperplane.sim.TrainingDiagnosis.Saturated;
import hyperplane.sim.TrainingDiagnosis.VanishingGradients;
import hyperplane.data.Dataset;
import hyperplane.state.HashCodec;
import hyperplane.state.PlaygroundConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TrainingDiagnosisTest {
    /** Eight points on a ring of radius 1 around the origin, features (x1, x2); labels 1 for the upper half. */
    private static final int POINTS = 8;
    private final double[] inputs = new double[2 * POINTS];
    private final double[] targets = new double[POINTS];

    TrainingDiagnosisTest() {
        for (int s = 0; s < POINTS; s++) {
            double angle = 2 * Math.PI * (s + 0.5) / POINTS;
            inputs[2 * s] = Math.cos(angle);
            inputs[2 * s + 1] = Math.sin(angle);
            targets[s] = inputs[2 * s + 1] > 0 ? 1 : 0;
        }
    }

    /** A 2 → hidden → 1 network (sigmoid output, cross-entropy) with every weight and bias 0. */
    private static Network network(Activation hidden, int size) {
        return new Network(new int[] {2, size, 1}, new Activation[] {hidden, Activation.SIGMOID}, Loss.CROSS_ENTROPY);
    }

    private UnitCensus census(Network net) {
        UnitCensus census = new UnitCensus();
        census.count(net, inputs, targets, POINTS, true);
        return census;
    }

    private static PlaygroundSession session(String link) {
        return new PlaygroundSession(HashCodec.decode(link).state().playground());
    }

    @Test
    void aReluLayerWithEveryZBelowZeroIsDeadAndTheOutputConstant() {
        Network net = network(Activation.RELU, 3);
        for (int j = 0; j < 3; j++) {
            net.setBias(1, j, -1); // |x| ≤ 1 and weights below 1 keep every z ≤ 0
            net.setWeight(1, j, 0, 0.5);
            net.setWeight(1, j, 1, -0.4);
        }
        net.setBias(2, 0, 0.4);
        Optional<Finding> found = TrainingDiagnosis.deadUnits(census(net), false);
        DeadUnits dead = assertInstanceOf(DeadUnits.class, found.orElseThrow());
        assertEquals(1, dead.layer());
        assertEquals(3, dead.dead());
        assertEquals(3, dead.size());
        assertEquals(Activation.SIGMOID.value(0.4), dead.output(), 1e-4, "σ(b), by the drawing pass's sigmoid");
        assertTrue(dead.whole());
    }

    @Test
    void partlyDeadLayerIsNamedOnlyWhenAsked() {
        Network net = network(Activation.RELU, 4);
        for (int j = 0; j < 3; j++) {
            net.setBias(1, j, -2);
        }
        net.setWeight(1, 3, 0, 1); // neuron 4 is positive for x1 > 0
        UnitCensus census = census(net);
        assertEquals(3, census.deadUnits(1));
        assertEquals(Optional.empty(), TrainingDiagnosis.deadUnits(census, false));
        DeadUnits dead = (DeadUnits) TrainingDiagnosis.deadUnits(census, true).orElseThrow();
        assertEquals(3, dead.dead());
        assertEquals(4, dead.size());
        assertFalse(dead.whole());
    }

    @Test
    void aQuarterDeadIsNotNamed() {
        Network net = network(Activation.RELU, 4);
        net.setBias(1, 0, -2);
        for (int j = 1; j < 4; j++) {
            net.setWeight(1, j, 0, 1);
        }
        assertEquals(Optional.empty(), TrainingDiagnosis.deadUnits(census(net), true));
    }

    @Test
    void leakyReluNeverCountsAsDead() {
        Network net = network(Activation.LEAKY_RELU, 2);
        net.setBias(1, 0, -5);
        net.setBias(1, 1, -5);
        assertEquals(Optional.empty(), TrainingDiagnosis.deadUnits(census(net), true));
    }

    @Test
    void tanhNeuronsPushedToOneFlatSideAreSaturated() {
        Network net = network(Activation.TANH, 4);
        net.setBias(1, 0, 3); // z in [2, 4]: beyond 2.5 on most points, but not all
        net.setWeight(1, 0, 0, 1);
        net.setBias(1, 1, -6);
        net.setBias(1, 2, 6);
        UnitCensus census = census(net);
        assertEquals(2, census.saturatedUnits(1), "z = ±6 everywhere; z = 3 + x1 is above 2.5 on 6 of 8 points only");
        Saturated flat = (Saturated) TrainingDiagnosis.saturation(census, false, 0.3).orElseThrow();
        assertEquals(new Saturated(1, 2, 4, Activation.TANH, 2.5, false, 0.1), flat);
    }

    @Test
    void sigmoidCountsAsFlatBeyondFour() {
        Network net = network(Activation.SIGMOID, 2);
        net.setBias(1, 0, 3.9);
        net.setBias(1, 1, -4.1);
        UnitCensus census = census(net);
        assertEquals(1, census.saturatedUnits(1));
        Saturated flat = (Saturated) TrainingDiagnosis.saturation(census, true, 1).orElseThrow();
        assertEquals(4, flat.edge());
        assertTrue(flat.givenWeights());
    }

    @Test
    void aSharpStepOnBothSidesIsNotSaturation() {
        Network net = network(Activation.TANH, 2);
        net.setWeight(1, 0, 1, 50); // z = 50·x2: far out on both sides, the output splits the points
        net.setWeight(1, 1, 1, -50);
        UnitCensus census = census(net);
        assertEquals(0, census.saturatedUnits(1));
        assertEquals(Optional.empty(), TrainingDiagnosis.saturation(census, false, 1));
    }

    @Test
    void censusCountsTheRightSideOfTheOutput() {
        Network net = network(Activation.TANH, 1);
        net.setWeight(1, 0, 1, 1);
        net.setWeight(2, 0, 0, 5); // output above 0.5 exactly where x2 > 0: every point right
        UnitCensus census = census(net);
        assertEquals(1.0, census.accuracy());
        assertTrue(census.fitted(0.3, TrainingDiagnosis.SMALL_LOSS));
        net.setWeight(2, 0, 0, -5);
        census = census(net);
        assertEquals(0.0, census.accuracy());
        assertFalse(census.fitted(0.01, TrainingDiagnosis.SMALL_LOSS));
    }

    private static LossHistory history(double... losses) {
        LossHistory history = new LossHistory();
        for (double loss : losses) {
            history.add(loss, Double.NaN);
        }
        return history;
    }

    private static double[] repeat(int n, double... cycle) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = cycle[i % cycle.length];
        }
        return values;
    }

    @Test
    void aLossJumpingWithoutNewLowsIsNoProgress() {
        LossHistory bouncing = history(repeat(2 * TrainingDiagnosis.WINDOW, 1.0, 2.6, 1.7));
        NoProgress stalled = (NoProgress) TrainingDiagnosis.progress(bouncing, 10, 0.5).orElseThrow();
        assertEquals(new NoProgress(TrainingDiagnosis.WINDOW, 1.0, 2.6, 1.0, 0.5, 3), stalled);
    }

    @Test
    void aFallingLossIsProgress() {
        double[] losses = new double[300];
        for (int e = 0; e < losses.length; e++) {
            losses[e] = 0.7 / (1 + 0.01 * e) * (e % 2 == 0 ? 1 : 1.4); // jumping, but each window reaches a new low
        }
        assertEquals(Optional.empty(), TrainingDiagnosis.progress(history(losses), 1, 0.8));
    }

    @Test
    void aFlatLossIsNotNoProgress() {
        // Stopped at what the model can do: flat, not jumping; a smaller rate would not help.
        assertEquals(Optional.empty(), TrainingDiagnosis.progress(history(repeat(300, 0.4, 0.41)), 0.03, 0.8));
    }

    @Test
    void aFreshRunIsNotJudged() {
        LossHistory young = history(repeat(2 * TrainingDiagnosis.WINDOW - 1, 1.0, 2.6));
        assertEquals(Optional.empty(), TrainingDiagnosis.progress(young, 10, 0.5));
    }

    @Test
    void notANumberInTheHistoryGivesNoFinding() {
        double[] losses = repeat(200, 1.0, 2.6);
        losses[199] = Double.NaN;
        losses[50] = Double.NaN;
        assertEquals(Optional.empty(), TrainingDiagnosis.progress(history(losses), 10, 0.5));
    }

    @Test
    void theAdviceNamesTheNextSmallerRateOfTheSelect() {
        assertEquals(3.0, TrainingDiagnosis.smallerRate(10));
        assertEquals(3.0, TrainingDiagnosis.smallerRate(5));
        assertEquals(0.01, TrainingDiagnosis.smallerRate(0.03));
        assertEquals(0.00001, TrainingDiagnosis.smallerRate(0.0001));
        assertTrue(Double.isNaN(TrainingDiagnosis.smallerRate(0.00001)));
    }

    @Test
    void theRatesAreTheLearningRateSelectsOptions() throws IOException {
        String html = Files.readString(Path.of("web/index.html"));
        int start = html.indexOf("<select id=\"learning-rate\">");
        String select = html.substring(start, html.indexOf("</select>", start));
        List<Double> values = new ArrayList<>();
        Matcher option = Pattern.compile("<option value=\"([^\"]+)\"").matcher(select);
        while (option.find()) {
            values.add(Double.parseDouble(option.group(1)));
        }
        assertEquals(values, TrainingDiagnosis.LEARNING_RATES);
    }

    /** Trains {@code session} until a finding of {@code kind} comes first, at most {@code epochs} epochs. */
    private static List<Finding> trainUntil(PlaygroundSession session, Class<? extends Finding> kind, int epochs) {
        TrainingDiagnosis diagnosis = new TrainingDiagnosis();
        List<Finding> found = diagnosis.diagnose(session);
        while (session.epoch() < epochs && (found.isEmpty() || !kind.isInstance(found.get(0)))) {
            session.trainEpochs(1);
            found = diagnosis.diagnose(session);
        }
        return found;
    }

    @Test
    void reluOnTheDefaultCircleWithSeedOneDiesWithinFiftyEpochs() {
        PlaygroundSession session = session("v=1&act=relu");
        List<Finding> found = trainUntil(session, DeadUnits.class, 50);
        DeadUnits dead = assertInstanceOf(DeadUnits.class, found.get(0), found.toString());
        assertTrue(dead.whole());
        assertEquals(2, dead.layer());
        assertEquals(0.5, dead.output(), 0.02, "a constant output near 0.5");
        assertEquals(0.693, session.trainLoss(), 0.002);
        session.reset();
        assertEquals(List.of(), new TrainingDiagnosis().diagnose(session), "Reset revives it: epoch 0 is not dead");
    }

    @Test
    void learningRateTenOnTheDefaultCircleMakesNoProgress() {
        PlaygroundSession session = session("v=1&lr=10");
        List<Finding> found = trainUntil(session, NoProgress.class, 300);
        NoProgress stalled = assertInstanceOf(NoProgress.class, found.get(0), found.toString());
        assertEquals(3, stalled.smallerRate());
        assertTrue(stalled.high() > 2 * stalled.low(), stalled.toString());
        assertTrue(stalled.accuracy() < 0.7, stalled.toString());
    }

    @Test
    void learningRateTenWithReluIsDeadAndNotFalling() {
        PlaygroundSession session = session("v=1&act=relu&lr=10");
        session.trainEpochs(2 * TrainingDiagnosis.WINDOW + 50);
        List<Finding> found = new TrainingDiagnosis().diagnose(session);
        assertEquals(2, found.size(), found.toString());
        assertTrue(((DeadUnits) found.get(0)).whole());
        assertEquals(3, ((NoProgress) found.get(1)).smallerRate());
    }

    @Test
    void learningRateTenSaturatesTanhBeforeItCanBeJudged() {
        PlaygroundSession session = session("v=1&lr=10");
        session.trainEpochs(5);
        List<Finding> found = new TrainingDiagnosis().diagnose(session);
        assertInstanceOf(Saturated.class, found.get(0), found.toString());
    }

    /** Six sigmoid layers of 8 on the default circle: stuck near half right, the first layer's gradients fading. */
    @Test
    void deepSigmoidLayersOnTheCircleHaveVanishingGradients() {
        PlaygroundSession session = session("v=1&act=sigmoid&hidden=8,8,8,8,8,8");
        session.trainEpochs(TrainingDiagnosis.WINDOW - 1);
        assertTrue(new TrainingDiagnosis().diagnose(session).stream().noneMatch(VanishingGradients.class::isInstance),
                "not before the run has trained a window of epochs");
        session.trainEpochs(1);
        List<Finding> found = new TrainingDiagnosis().diagnose(session);
        VanishingGradients fading = (VanishingGradients) found.stream().filter(VanishingGradients.class::isInstance)
                .findFirst().orElseThrow(() -> new AssertionError(found.toString()));
        assertEquals(6, fading.hiddenLayers());
        assertEquals(Activation.SIGMOID, fading.activation());
        assertTrue(fading.ratio() > 1000, fading.toString());
        assertTrue(session.accuracy(true) < 0.6, "stuck: " + session.accuracy(true));
    }

    /** The same depth with tanh or ReLU learns the circle, and nothing is said. */
    @Test
    void theSameDepthWithTanhOrReluHasNothingToSay() {
        for (String act : new String[] {"tanh", "relu"}) {
            PlaygroundSession session = session("v=1&act=" + act + "&hidden=8,8,8,8,8,8");
            session.trainEpochs(TrainingDiagnosis.WINDOW);
            assertEquals(List.of(), new TrainingDiagnosis().diagnose(session), act);
        }
    }

    /** The finding's thresholds on a made-up gradient history: depth, epochs, ratio, and no finding from NaN or 0. */
    @Test
    void vanishingNeedsDepthEpochsAndARatio() {
        assertTrue(TrainingDiagnosis.vanishing(history(4, 1e-5, 1e-2), Activation.SIGMOID, 50).isPresent());
        assertEquals(1000, ((VanishingGradients) TrainingDiagnosis.vanishing(history(4, 1e-5, 1e-2),
                Activation.SIGMOID, 50).orElseThrow()).ratio(), 1e-6);
        assertFalse(TrainingDiagnosis.vanishing(history(3, 1e-5, 1e-2), Activation.SIGMOID, 50).isPresent(),
                "two hidden layers are not deep");
        assertFalse(TrainingDiagnosis.vanishing(history(4, 1e-5, 1e-2), Activation.SIGMOID, 49).isPresent(),
                "too early");
        assertFalse(TrainingDiagnosis.vanishing(history(4, 1e-4, 4.9e-3), Activation.SIGMOID, 50).isPresent(),
                "49 times is not enough");
        assertFalse(TrainingDiagnosis.vanishing(history(4, 0, 1e-2), Activation.RELU, 50).isPresent(),
                "no gradient at all is a dead layer's finding");
        assertFalse(TrainingDiagnosis.vanishing(history(4, Double.NaN, 1e-2), Activation.SIGMOID, 50).isPresent());
    }

    /** A gradient history of {@code layers} weight layers over the finding's epochs: layer 1 at first, the rest at rest. */
    private static GradientHistory history(int layers, double first, double rest) {
        GradientHistory history = new GradientHistory();
        history.clear(layers);
        double[] sizes = new double[layers];
        java.util.Arrays.fill(sizes, rest);
        sizes[0] = first;
        for (int e = 0; e < TrainingDiagnosis.RECENT; e++) {
            history.add(sizes);
        }
        return history;
    }

    @Test
    void theDefaultRunHasNothingToReport() {
        PlaygroundSession session = session("v=1");
        TrainingDiagnosis diagnosis = new TrainingDiagnosis();
        for (int e = 0; e < 400; e += 10) {
            assertEquals(List.of(), diagnosis.diagnose(session), "epoch " + e);
            session.trainEpochs(10);
        }
    }

    @Test
    void aDivergedRunIsLeftToItsOwnMessage() {
        PlaygroundSession session = session("v=1&act=linear&lr=100");
        session.trainEpochs(50);
        assertTrue(session.diverged());
        assertEquals(List.of(), new TrainingDiagnosis().diagnose(session));
    }

    @Test
    void noPointsNoFinding() {
        PlaygroundSession session = new PlaygroundSession(PlaygroundConfig.defaults()
                .withActivation(Activation.RELU).withPoints(Dataset.empty()));
        assertEquals(List.of(), new TrainingDiagnosis().diagnose(session));
    }
}
