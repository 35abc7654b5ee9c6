package hyperplane.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import hyperplane.data.Dataset;
import hyperplane.data.DatasetKind;
import hyperplane.data.Feature;
import hyperplane.data.ProblemType;
import hyperplane.engine.Activation;
import hyperplane.engine.ExpressionException;
import hyperplane.engine.Initialization;
import hyperplane.engine.Loss;
import hyperplane.engine.Network;
import hyperplane.engine.Regularization;
import hyperplane.engine.SeededRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HashCodecTest {
    private static final Activation[] TRAINABLE = {Activation.SIGMOID, Activation.TANH, Activation.RELU,
        Activation.LEAKY_RELU, Activation.LINEAR};

    private static final Dataset NO_TARGETS = Dataset.of(new double[0], new double[0], new double[0], new boolean[0],
            ProblemType.REGRESSION);

    /** The configuration with its own points, if any, swapped for one shared empty set (compared apart). */
    private static PlaygroundConfig pointless(PlaygroundConfig c) {
        if (c.points() == null) {
            return c;
        }
        return c.withPoints(c.problem() == ProblemType.REGRESSION ? NO_TARGETS : Dataset.empty());
    }

    private static <T> T pick(SeededRandom r, T[] values) {
        return values[r.nextInt(values.length)];
    }

    private static Dataset randomPoints(SeededRandom r, DatasetKind kind, int n) {
        return randomPoints(r, kind, n, 2);
    }

    private static Dataset randomPoints(SeededRandom r, DatasetKind kind, int n, int classes) {
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] y = new double[n];
        boolean[] train = new boolean[n];
        boolean regression = kind.problemType() == ProblemType.REGRESSION;
        for (int i = 0; i < n; i++) {
            x1[i] = r.nextDouble(kind.minX(), kind.maxX());
            x2[i] = r.nextDouble(kind.minY(), kind.maxY());
            y[i] = regression ? r.nextDouble(-2, 2) : r.nextInt(classes);
            train[i] = r.nextInt(3) > 0;
        }
        return Dataset.of(x1, x2, y, train, kind.problemType());
    }

    private static AppState randomState(SeededRandom r, boolean withPoints) {
        ConfigBuilder b = PlaygroundConfig.defaults().builder();
        DatasetKind kind = pick(r, DatasetKind.values());
        b.dataset = kind;
        b.problem = kind.problemType();
        b.noise = r.nextInt(3) == 0 ? 0 : r.nextDouble() * 0.5;
        b.trainRatio = 0.1 + 0.8 * r.nextDouble();
        b.pointCount = 10 + r.nextInt(DatasetKind.MAX_COUNT - 9);
        b.seed = r.nextInt();
        List<Feature> features = new ArrayList<>();
        for (Feature f : Feature.values()) {
            if (r.nextInt(2) == 0) {
                features.add(f);
            }
        }
        if (features.isEmpty()) {
            features.add(Feature.SIN_X2);
        }
        b.features = features;
        int[] hidden = new int[r.nextInt(PlaygroundConfig.MAX_HIDDEN_LAYERS + 1)];
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] = 1 + r.nextInt(PlaygroundConfig.MAX_NEURONS);
        }
        b.hidden = hidden;
        b.activation = pick(r, TRAINABLE);
        if (b.problem == ProblemType.REGRESSION) {
            b.output = Activation.LINEAR;
            b.loss = Loss.MSE;
        } else {
            b.output = r.nextInt(2) == 0 ? Activation.SIGMOID : Activation.TANH;
            b.loss = b.output == Activation.SIGMOID && r.nextInt(2) == 0 ? Loss.CROSS_ENTROPY : Loss.MSE;
        }
        b.learningRate = Math.min(100, Math.pow(10, -6 + 8 * r.nextDouble()));
        b.batchSize = 1 + r.nextInt(PlaygroundConfig.MAX_BATCH);
        b.regularization = pick(r, Regularization.values());
        b.regularizationRate = r.nextInt(2) == 0 ? 0 : r.nextDouble() * 100;
        b.initialization = pick(r, Initialization.values());
        b.showTest = r.nextInt(2) == 0;
        b.discretize = r.nextInt(2) == 0;
        b.showLines = r.nextInt(2) == 0;
        b.speed = pick(r, TrainingSpeed.values());
        b.points = withPoints ? randomPoints(r, kind, r.nextInt(200)) : null;
        Set<String> hide = new LinkedHashSet<>();
        Set<String> lock = new LinkedHashSet<>();
        for (String g : EmbedOptions.GROUPS) {
            if (r.nextInt(3) == 0) {
                hide.add(g);
            }
            if (r.nextInt(3) == 0) {
                lock.add(g);
            }
        }
        if (kind.manyClasses() || (withPoints && kind.problemType() == ProblemType.CLASSIFICATION)) {
            b.setClasses(2 + r.nextInt(PlaygroundConfig.MAX_CLASSES - 1));
            if (b.points != null) {
                b.points = randomPoints(r, kind, b.points.size(), b.classes);
            }
        }
        String lesson = r.nextInt(2) == 0 ? "" : "xor-" + r.nextInt(9);
        EmbedOptions embed = new EmbedOptions(r.nextInt(2) == 0, hide, lock, lesson, r.nextInt(2) == 0,
                r.nextInt(2) == 0);
        AppState s = new AppState(pick(r, AppState.VIEWS.toArray(new String[0])), b.build(), embed,
                PerceptronSettings.defaults(), ActivationsSettings.defaults(), DescentSettings.defaults(),
                BackpropSettings.defaults(), RaceSettings.defaults(), CompareSettings.NONE);
        if (r.nextInt(2) == 0) {
            s = s.withPerceptron(PerceptronSettings.defaults().withLearningRate(0.001 + r.nextDouble()))
                    .withActivations(new ActivationsSettings(Activation.RELU))
                    .withDescent(descent("x^2 + 1 - sin(x)/3").withStart(r.nextDouble() * 10 - 5))
                    .withBackprop(new BackpropSettings(r.nextInt(50), r.nextInt(9), r.nextInt(2) == 0));
        }
        if (r.nextInt(3) == 0) {
            PlaygroundConfig c = s.playground();
            double[] w = new double[Network.parameterCount(c.layerSizes())];
            for (int i = 0; i < w.length; i++) {
                w[i] = r.nextGaussian(0, 3);
            }
            s = s.withPlayground(c.withWeights(w));
        }
        return s;
    }

    private static DescentSettings descent(String formula) {
        try {
            return DescentSettings.defaults().withExpression(formula);
        } catch (ExpressionException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void defaultsEncodeToTheVersionAlone() {
        assertEquals("v=1", HashCodec.encode(AppState.defaults()));
        HashCodec.Decoded d = HashCodec.decode("#v=1");
        assertEquals(List.of(), d.notices());
        assertEquals(AppState.defaults(), d.state());
        assertEquals(AppState.defaults(), HashCodec.decode("").state());
        assertEquals(AppState.defaults(), HashCodec.decode(null).state());
    }

    @Test
    void writesOnlyChangedKeysInTableOrder() {
        PlaygroundConfig c = PlaygroundConfig.defaults().withDataset(DatasetKind.XOR).withLearningRate(1e-5)
                .withHidden(new int[0]).withFeatures(List.of(Feature.X1, Feature.X1_TIMES_X2)).withShowTest(true);
        AppState s = AppState.defaults().withPlayground(c).withEmbed(new EmbedOptions(true, Set.of("header", "data"),
                Set.of(), "xor-1", false)).withPerceptron(PerceptronSettings.defaults().withLearningRate(0.2));
        assertEquals("v=1&embed=1&hide=data,header&lesson=xor-1&data=xor&features=x1,x1x2&hidden=&lr=0.00001&test=1"
                + "&p.eta=0.2", HashCodec.encode(s));
    }

    @Test
    void roundTripOfRandomStatesIsExactAndIdempotent() {
        SeededRandom r = new SeededRandom(11);
        for (int trial = 0; trial < 400; trial++) {
            boolean withPoints = trial % 2 == 1;
            AppState s = randomState(r, withPoints);
            String link = HashCodec.encode(s);
            HashCodec.Decoded d = HashCodec.decode("#" + link);
            assertEquals(List.of(), d.notices(), link);
            AppState back = d.state();
            assertEquals(link, HashCodec.encode(back));
            assertEquals(pointless(used(s.playground())), pointless(back.playground()));
            assertEquals(s.view(), back.view());
            assertEquals(s.embed(), back.embed());
            assertEquals(s.perceptron().seedUsed() ? s.perceptron()
                    : s.perceptron().withSeed(PerceptronSettings.defaults().seed()), back.perceptron());
            assertEquals(s.activations(), back.activations());
            assertEquals(s.descent(), back.descent());
            assertEquals(s.backprop(), back.backprop());
            assertTrue(s.playground().sameWeightsAs(back.playground()), "weights bit for bit");
            if (withPoints) {
                Dataset p = s.playground().points();
                Dataset q = back.playground().points();
                DatasetKind kind = s.playground().dataset();
                double tol = (kind.maxX() - kind.minX()) / 65535;
                assertEquals(p.size(), q.size());
                for (int i = 0; i < p.size(); i++) {
                    assertTrue(Math.abs(p.x1(i) - q.x1(i)) <= tol / 2 + 1e-12);
                    assertTrue(Math.abs(p.x2(i) - q.x2(i)) <= tol / 2 + 1e-12);
                    assertTrue(Math.abs(p.label(i) - q.label(i)) <= 4.0 / 65535 / 2 + 1e-12);
                    assertEquals(p.isTrain(i), q.isTrain(i));
                }
            } else {
                assertEquals(null, back.playground().points());
            }
        }
    }

    /** {@code c} with the values the page ignores (and the link leaves out) at their defaults. */
    private static PlaygroundConfig used(PlaygroundConfig c) {
        PlaygroundConfig d = PlaygroundConfig.defaults();
        PlaygroundConfig out = c.points() == null ? c : c.withNoise(d.noise()).withTrainRatio(d.trainRatio());
        return c.regularization() == Regularization.NONE ? out.withRegularization(Regularization.NONE, 0) : out;
    }

    @Test
    void valuesThePageIgnoresLeaveTheLink() {
        PlaygroundConfig c = PlaygroundConfig.defaults().withNoise(0.3).withTrainRatio(0.7)
                .withRegularization(Regularization.NONE, 0.5);
        assertEquals("v=1&noise=0.3&ratio=0.7", HashCodec.encode(AppState.defaults().withPlayground(c)),
                "no regularizer: its rate is not written");
        Dataset own = Dataset.empty().withPoint(0.5, 0.5, 1, true);
        String withPoints = HashCodec.encode(AppState.defaults().withPlayground(c.withPoints(own)));
        assertFalse(withPoints.contains("noise=") || withPoints.contains("ratio="), withPoints);
        assertEquals("v=1&reg=l2&regRate=0.5", HashCodec.encode(AppState.defaults().withPlayground(
                PlaygroundConfig.defaults().withRegularization(Regularization.L2, 0.5))));
        PerceptronSettings p = PerceptronSettings.defaults().withSeed(42);
        assertEquals("v=1", HashCodec.encode(AppState.defaults().withPerceptron(p)), "zero start: the seed is unused");
        assertEquals("v=1&p.init=random&p.seed=42", HashCodec.encode(AppState.defaults().withPerceptron(
                p.withRandomStart(true))));
    }

    @Test
    void encodesTheMaximumPointCountAndEmptyPoints() {
        Dataset many = randomPoints(new SeededRandom(3), DatasetKind.CIRCLE, PlaygroundConfig.MAX_POINTS);
        AppState s = AppState.defaults().withPlayground(PlaygroundConfig.defaults().withPoints(many));
        String link = HashCodec.encode(s);
        assertEquals("v=1&pts=".length() + 13335, link.length());
        HashCodec.Decoded d = HashCodec.decode(link);
        assertEquals(List.of(), d.notices());
        assertEquals(PlaygroundConfig.MAX_POINTS, d.state().playground().points().size());
        AppState empty = AppState.defaults().withPlayground(PlaygroundConfig.defaults().withPoints(Dataset.empty()));
        assertEquals("v=1&pts=AQ", HashCodec.encode(empty));
        assertEquals(0, HashCodec.decode("pts=AQ").state().playground().points().size());
    }

    @Test
    void pointBytesFollowTheDocumentedLayout() {
        // (−6, 6) → q = 0 and 65535; class 1, test split → flags 3. Bytes 01 0000 FFFF 03 → "AQAA__8D".
        Dataset one = Dataset.of(new double[] {-6}, new double[] {6}, new double[] {1}, new boolean[] {false});
        assertEquals("v=1&pts=AQAA__8D",
                HashCodec.encode(AppState.defaults().withPlayground(PlaygroundConfig.defaults().withPoints(one))));
        // Regression on the plane: layout 2, (0, 0) → 32768 = 0x8000 twice, train, label 2 → FFFF.
        PlaygroundConfig plane = PlaygroundConfig.defaults().withDataset(DatasetKind.PLANE);
        Dataset reg = Dataset.of(new double[] {0}, new double[] {0}, new double[] {2}, new boolean[] {true},
                ProblemType.REGRESSION);
        assertEquals("v=1&problem=regression&data=plane&out=linear&loss=mse&pts=AoAAgAAA__8",
                HashCodec.encode(AppState.defaults().withPlayground(plane.withPoints(reg))));
    }

    private static List<String> notices(String hash) {
        return HashCodec.decode(hash).notices();
    }

    @Test
    void projectorModeRoundTripsAndABadValueLeavesItOff() {
        AppState on = AppState.defaults().withEmbed(EmbedOptions.NONE.withPresent(true));
        assertEquals("v=1&present=1", HashCodec.link(on));
        HashCodec.Decoded d = HashCodec.decode(HashCodec.link(on));
        assertEquals(on, d.state());
        assertEquals(List.of(), d.notices());
        assertFalse(HashCodec.decode("v=1&present=0").state().embed().present());
        assertEquals("v=1", HashCodec.link(on.withEmbed(on.embed().withPresent(false))));
        HashCodec.Decoded bad = HashCodec.decode("v=1&present=yes&lr=0.1");
        assertEquals(List.of("ignored present=yes: must be 0 or 1"), bad.notices());
        assertFalse(bad.state().embed().present());
        assertEquals(0.1, bad.state().playground().learningRate());
    }

    @Test
    void namesEachIgnoredValueAndWhy() {
        assertEquals(List.of("ignored lr=abc: not a number"), notices("v=1&lr=abc"));
        assertEquals(List.of("ignored noise=0.9: must be in 0..0.5"), notices("noise=0.9"));
        assertEquals(List.of("ignored lr=NaN: not a number"), notices("lr=NaN"));
        assertEquals(List.of("ignored lr=1e999: must be in 0.000001..100"), notices("lr=1e999"));
        assertEquals(List.of("ignored batch=2.5: not a whole number"), notices("batch=2.5"));
        assertEquals(List.of("ignored seed=99999999999: too large"), notices("seed=99999999999"));
        assertEquals(List.of("ignored hidden=4,0: layer 2 is \"0\": must be in 1..16"), notices("hidden=4,0"));
        assertEquals(List.of("ignored features=x1,x3: unknown feature \"x3\" (known: x1, x2, x1sq, x2sq, x1x2, "
                + "sinx1, sinx2)"), notices("features=x1,x3"));
        assertEquals(List.of("ignored features=x1,x1: repeats x1"), notices("features=x1,x1"));
        assertEquals(List.of("ignored act=step: step is for the perceptron only"), notices("act=step"));
        assertEquals(List.of("ignored test=yes: must be 0 or 1"), notices("test=yes"));
        assertEquals(List.of("ignored view=settings: not one of playground, perceptron, activations, "
                + "gradient-descent, backprop"), notices("view=settings"));
        assertEquals(List.of("ignored data=plane: a regression dataset, but problem=classification"),
                notices("problem=classification&data=plane"));
        assertEquals(List.of("ignored pts=AgAA: regression points, but the problem is classification"),
                notices("pts=AgAA"));
        assertEquals(List.of("ignored pts=AQAA: cut off: 2 bytes is not a whole number of 5-byte points"),
                notices("pts=AQAA"));
        assertEquals(List.of("ignored pts=A*: not base64url: character 2 is '*'"), notices("pts=A*"));
        assertEquals(List.of("ignored lesson=Intro!: a lesson id has only a-z, 0-9 and '-', at most 64 characters"),
                notices("lesson=Intro!"));
        assertEquals(List.of("ignored hide group \"sidebar\": not one of data, features, network, run, output, header"),
                notices("hide=data,sidebar"));
        assertEquals(Set.of("data"), HashCodec.decode("hide=data,sidebar").state().embed().hidden());
        assertEquals(List.of("this link is version 2; read as version 1"), notices("v=2&lr=0.1"));
        assertEquals(0.1, HashCodec.decode("v=2&lr=0.1").state().playground().learningRate());
        assertEquals(List.of("lr is given twice; used the last value"), notices("lr=0.1&lr=0.3"));
        assertEquals(0.3, HashCodec.decode("lr=0.1&lr=0.3").state().playground().learningRate());
        assertEquals(List.of("ignored lr=%zz: bad percent-encoding"), notices("lr=%zz"));
        assertEquals(List.of("ignored \"a b=1\": not a key=value pair with a valid key"), notices("a b=1"));
        assertEquals(List.of("ignored embed: it has no value"), notices("embed"));
        String longValue = "lr=" + "1".repeat(40);
        assertEquals(List.of("ignored lr=111111111111111111111111…: must be in 0.000001..100"), notices(longValue));
        assertEquals(List.of("ignored the whole link: 65537 characters, more than 65536"),
                notices("x".repeat(HashCodec.MAX_CHARS + 1)));
    }

    @Test
    void theSpeedIsAKeyOfItsOwnAndARateNotOfferedIsRefused() {
        assertEquals(TrainingSpeed.SIXTY, HashCodec.decode("v=1").state().playground().speed());
        assertEquals(TrainingSpeed.MAX, HashCodec.decode("v=1&speed=max").state().playground().speed());
        assertEquals(TrainingSpeed.FIVE, HashCodec.decode("speed=5").state().playground().speed());
        assertEquals("v=1&speed=240", HashCodec.encode(AppState.defaults().withPlayground(
                PlaygroundConfig.defaults().withSpeed(TrainingSpeed.TWO_FORTY))));
        assertEquals(List.of("ignored speed=fast: not one of 1, 5, 15, 30, 60, 240, max (epochs a second)"),
                notices("speed=fast"));
        assertEquals(List.of("ignored speed=60.0: not one of 1, 5, 15, 30, 60, 240, max (epochs a second)"),
                notices("speed=60.0&lr=0.1"));
        assertEquals(TrainingSpeed.SIXTY, HashCodec.decode("speed=60.0&lr=0.1").state().playground().speed());
        assertEquals(0.1, HashCodec.decode("speed=60.0&lr=0.1").state().playground().learningRate(),
                "the other keys are read");
    }

    @Test
    void clashingValuesFallBackKeyByKey() {
        HashCodec.Decoded d = HashCodec.decode("out=tanh");
        assertEquals(List.of("ignored out=tanh: cross-entropy needs a sigmoid output"), d.notices());
        assertEquals(Activation.SIGMOID, d.state().playground().output());
        d = HashCodec.decode("out=tanh&loss=mse");
        assertEquals(List.of(), d.notices());
        assertEquals(Activation.TANH, d.state().playground().output());
        d = HashCodec.decode("data=plane&out=sigmoid&lr=0.5");
        assertEquals(List.of("ignored out=sigmoid: output (sigmoid) must be linear for regression"), d.notices());
        assertEquals(DatasetKind.PLANE, d.state().playground().dataset());
        assertEquals(0.5, d.state().playground().learningRate());
        // A regression dataset typed alone switches the problem, output and loss with it.
        d = HashCodec.decode("data=multi-gaussian");
        assertEquals(List.of(), d.notices());
        assertEquals(ProblemType.REGRESSION, d.state().playground().problem());
        assertEquals(Loss.MSE, d.state().playground().loss());
    }

    @Test
    void readsTheViewsKeysThroughTheirSettingsAndDecodesPercentEscapes() {
        HashCodec.Decoded d = HashCodec.decode("#gd.expr=x%5E2%20%2B%201&p.eta=0.5&lr=0.1&act.f=relu");
        assertEquals(List.of(), d.notices());
        assertEquals("x^2 + 1", d.state().descent().expression());
        assertTrue(d.state().descent().custom());
        assertEquals(0.5, d.state().perceptron().learningRate());
        assertEquals(Activation.RELU, d.state().activations().function());
        assertEquals("v=1&lr=0.1&p.eta=0.5&act.f=relu&gd.f=custom&gd.expr=x%5E2%20%2B%201",
                HashCodec.encode(d.state()));
        assertEquals(List.of("ignored x=%C3: bad percent-encoding"), notices("x=%C3"));
    }

    @Test
    void aLinkCarriesThePlaygroundAndTheOpenViewOnly() {
        AppState s = AppState.defaults().withPlayground(PlaygroundConfig.defaults().withLearningRate(0.1))
                .withPerceptron(PerceptronSettings.defaults().withLearningRate(0.5))
                .withActivations(new ActivationsSettings(Activation.RELU))
                .withBackprop(BackpropSettings.defaults().withPoint(7).withStep(3));
        assertEquals("v=1&lr=0.1", HashCodec.link(s), "the playground's link leaves every other view out");
        assertEquals("v=1&view=perceptron&lr=0.1&p.eta=0.5", HashCodec.link(s.withView("perceptron")));
        assertEquals("v=1&view=activations&lr=0.1&act.f=relu", HashCodec.link(s.withView("activations")));
        assertEquals("v=1&view=backprop&lr=0.1&bp.point=7&bp.step=3", HashCodec.link(s.withView("backprop")));
        assertEquals("v=1&view=gradient-descent&lr=0.1", HashCodec.link(s.withView("gradient-descent")));
        assertEquals("v=1&lr=0.1&p.eta=0.5&act.f=relu&bp.point=7&bp.step=3", HashCodec.encode(s),
                "the saved state keeps them all");
    }

    @Test
    void followingALinkKeepsTheViewsItDoesNotMention() {
        AppState base = AppState.defaults().withPerceptron(PerceptronSettings.defaults().withLearningRate(0.5))
                .withBackprop(BackpropSettings.defaults().withStep(4));
        HashCodec.Decoded d = HashCodec.decodeOver("v=1&view=activations&data=xor&act.f=tanh", base);
        assertEquals(List.of(), d.notices());
        assertEquals(Activation.TANH, d.state().activations().function());
        assertEquals(DatasetKind.XOR, d.state().playground().dataset());
        assertEquals(0.5, d.state().perceptron().learningRate(), "not mentioned: kept");
        assertEquals(4, d.state().backprop().step(), "not mentioned: kept");
        // A view the link mentions, even with a value it refuses, is read from the link alone.
        d = HashCodec.decodeOver("v=1&p.eta=abc&bp.all=1", base);
        assertEquals(PerceptronSettings.defaults(), d.state().perceptron());
        assertEquals(BackpropSettings.defaults().withShowAll(true), d.state().backprop());
        // The playground's keys are always the link's: absent means the default.
        AppState xor = base.withPlayground(PlaygroundConfig.defaults().withDataset(DatasetKind.XOR));
        assertEquals(DatasetKind.CIRCLE, HashCodec.decodeOver("v=1", xor).state().playground().dataset());
        assertEquals(HashCodec.decode("v=1&p.eta=0.2").state(), HashCodec.decodeOver("v=1&p.eta=0.2",
                AppState.defaults()).state());
    }

    @Test
    void aViewsValueItsViewWouldRefuseIsNamedAndKeepsItsDefault() {
        assertEquals(List.of("ignored gd.x0=2000000: the start x0 (2000000) must be a number from -1000 to 1000"),
                notices("gd.x0=2000000"));
        assertEquals(List.of("ignored bp.step=-3: not a whole number from 0 to 999"), notices("bp.step=-3"));
        assertEquals(List.of("ignored act.f=cube: not an activation"), notices("act.f=cube"));
        assertEquals(List.of("ignored gd.nope=1: Hyperplane has no such key"), notices("gd.nope=1"));
    }

    @Test
    void weightsTravelBitForBitAndAWrongCountIsNamed() {
        PlaygroundConfig c = PlaygroundConfig.defaults();
        double[] w = new double[Network.parameterCount(c.layerSizes())];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.scalb(1.0 / (i + 3), i - 12) * (i % 2 == 0 ? 1 : -1);
        }
        w[0] = -0.0;
        AppState s = AppState.defaults().withPlayground(c.withWeights(w));
        String link = HashCodec.encode(s);
        assertTrue(link.startsWith("v=1&w="), link);
        double[] back = HashCodec.decode(link).state().playground().weights();
        for (int i = 0; i < w.length; i++) {
            assertEquals(Double.doubleToRawLongBits(w[i]), Double.doubleToRawLongBits(back[i]), "weight " + i);
        }
        String other = link.replace("v=1&", "v=1&hidden=3&");
        HashCodec.Decoded d = HashCodec.decode(other);
        assertEquals(1, d.notices().size(), d.notices().toString());
        assertTrue(d.notices().get(0).startsWith("ignored w="), d.notices().toString());
        assertTrue(!d.state().playground().hasWeights());
        assertEquals(3, d.state().playground().hidden()[0], "the other keys stay");
    }

    @Test
    void aKeyNoViewKnowsIsNamedAndDroppedWithASuggestion() {
        assertEquals(List.of("ignored dataset=spiral: Hyperplane has no such key (did you mean data?)"),
                notices("dataset=spiral"));
        assertEquals(List.of("ignored colour=red: Hyperplane has no such key"), notices("colour=red"));
        assertEquals(List.of("ignored p.=1: Hyperplane has no such key"), notices("p.=1"));
        HashCodec.Decoded d = HashCodec.decode("dataset=spiral&data=xor&bp.step=3");
        assertEquals(3, d.state().backprop().step(), "a view's key is read, the unknown one is not");
        assertEquals(DatasetKind.XOR, d.state().playground().dataset());
    }

    @Test
    void hostileLinksNeverThrowAndAlwaysGiveAValidState() {
        SeededRandom r = new SeededRandom(77);
        List<String> inputs = new ArrayList<>();
        String alphabet = "v=1&%#,.-+eE0123456789abcxyzAQ_ \u0000ü";
        for (int i = 0; i < 150; i++) {
            String valid = HashCodec.encode(randomState(r, i % 2 == 0));
            inputs.add(valid.substring(0, r.nextInt(valid.length() + 1)));
            char[] c = valid.toCharArray();
            for (int m = 0; m < 1 + r.nextInt(5); m++) {
                c[r.nextInt(c.length)] = alphabet.charAt(r.nextInt(alphabet.length()));
            }
            inputs.add(new String(c));
            char[] bytes = new char[r.nextInt(100)];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = (char) r.nextInt(r.nextInt(2) == 0 ? 128 : 65536);
            }
            inputs.add(new String(bytes));
            StringBuilder pairs = new StringBuilder();
            for (int k = 0; k < 6; k++) {
                pairs.append(k == 0 ? "" : "&").append(pick(r, new String[] {"data", "problem", "out", "loss", "pts",
                    "hidden", "features", "act", "noise", "hide"})).append('=').append(pick(r, new String[] {"plane",
                        "regression", "tanh", "linear", "cross-entropy", "AgAA", "AQ", "", "1e308", "-0", "x1", "%"}));
            }
            inputs.add(pairs.toString());
        }
        inputs.add("lr=" + "9".repeat(5000));
        inputs.add("&".repeat(60000));
        inputs.add("pts=" + "A".repeat(60000));
        StringBuilder manyExtras = new StringBuilder();
        for (int k = 0; k < 100; k++) {
            manyExtras.append("&k").append(k).append("=").append(k);
        }
        inputs.add(manyExtras.toString());
        for (String s : inputs) {
            HashCodec.Decoded d;
            try {
                d = HashCodec.decode(s);
            } catch (RuntimeException e) {
                fail("threw " + e + " for " + s, e);
                return;
            }
            assertNotNull(d.state().playground());
            String again = HashCodec.encode(d.state());
            HashCodec.Decoded clean = HashCodec.decode(again);
            assertEquals(List.of(), clean.notices(), s);
            assertEquals(again, HashCodec.encode(clean.state()));
        }
    }

    @Test
    void threeAndSixClassesTravelWithTheirPoints() {
        for (int k : new int[] {3, 6}) {
            PlaygroundConfig generated = PlaygroundConfig.defaults().withDataset(DatasetKind.PINWHEEL).withClasses(k)
                    .withLoss(Loss.MSE);
            String link = HashCodec.encode(AppState.defaults().withPlayground(generated));
            assertEquals("v=1&data=pinwheel&classes=" + k + "&out=softmax&loss=mse", link);
            HashCodec.Decoded d = HashCodec.decode(link);
            assertEquals(List.of(), d.notices());
            assertEquals(generated, d.state().playground());
            Dataset mine = Dataset.empty();
            for (int c = 0; c < k; c++) {
                mine = mine.withPoint(c - 3, 1.5 * c - 4, c, c % 2 == 0);
            }
            PlaygroundConfig own = generated.withPoints(mine);
            link = HashCodec.encode(AppState.defaults().withPlayground(own));
            d = HashCodec.decode(link);
            assertEquals(List.of(), d.notices(), link);
            Dataset back = d.state().playground().points();
            for (int c = 0; c < k; c++) {
                assertEquals(c, back.label(c), 0);
                assertEquals(c - 3, back.x1(c), 12.0 / 65535);
                assertEquals(c % 2 == 0, back.isTrain(c));
            }
            assertEquals(link, HashCodec.encode(d.state()));
        }
    }

    @Test
    void classesThatDoNotFitAreNamedAndDropped() {
        assertEquals(List.of("ignored classes=3: the circle dataset comes in two classes only; 3 classes need "
                + "gaussians, spiral, pinwheel or your own points"), notices("classes=3"));
        assertEquals(List.of("ignored classes=7: must be in 2..6"), notices("data=spiral&classes=7"));
        assertEquals(List.of("ignored classes=three: not a whole number"), notices("data=spiral&classes=three"));
        assertEquals(List.of("ignored classes=3: classes (3) must be 2 for regression, which has no classes"),
                notices("problem=regression&classes=3"));
        assertEquals(List.of("ignored out=sigmoid: output (sigmoid) must be softmax for 3 classes"),
                notices("data=gaussians&classes=3&out=sigmoid"));
        // A point of class 2 with two classes: the points are named and dropped, the rest stands.
        assertEquals(List.of("ignored pts=AQAA__8G: point 1 is of class 2, but there are only classes 0 and 1"),
                notices("data=gaussians&pts=AQAA__8G"));
        HashCodec.Decoded d = HashCodec.decode("data=gaussians&classes=3&pts=AQAA__8G");
        assertEquals(List.of(), d.notices());
        assertEquals(2, d.state().playground().points().label(0), 0);
        assertEquals(3, HashCodec.decode("classes=3&data=spiral").state().playground().classes(), "table order");
    }

    @Test
    void aLinkReachesSoftmaxOnlyWithMoreClasses() {
        HashCodec.Decoded d = HashCodec.decode("out=softmax&loss=mse");
        assertEquals(List.of("ignored out=softmax: softmax needs 3 to 6 classes (one output per class); two classes "
                + "have one sigmoid or tanh output"), d.notices());
        assertEquals(Activation.SIGMOID, d.state().playground().output());
        assertEquals(List.of("ignored out=softmax: softmax needs 3 to 6 classes (one output per class); two classes "
                + "have one sigmoid or tanh output"), notices("out=softmax"));
        assertEquals(Activation.SOFTMAX, HashCodec.decode("data=spiral&classes=4&out=softmax").state().playground()
                .output());
        assertEquals(List.of("ignored act=softmax: softmax is for the output layer only"), notices("act=softmax"));
        assertEquals(List.of("ignored act=swish: not one of sigmoid, tanh, relu, leaky-relu, linear"),
                notices("act=swish"));
        d = HashCodec.decode("act.f=softmax");
        assertEquals(List.of("ignored act.f=softmax: softmax acts on a whole layer at once and has no curve to plot"),
                d.notices());
        assertEquals(Activation.SIGMOID, d.state().activations().function());
        assertThrows(IllegalArgumentException.class, () -> new ActivationsSettings(Activation.SOFTMAX));
        assertEquals(Activation.STEP, HashCodec.decode("act.f=step").state().activations().function());
    }
}
