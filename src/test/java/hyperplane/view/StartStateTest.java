package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.BuiltInFunction;
import hyperplane.engine.ExpressionException;
import hyperplane.engine.SeededRandom;
import hyperplane.sim.DescentExplorer;
import hyperplane.state.ActivationsSettings;
import hyperplane.state.AppState;
import hyperplane.state.BackpropSettings;
import hyperplane.state.DescentSettings;
import hyperplane.state.HashCodec;
import hyperplane.state.PercentCodec;
import hyperplane.state.PerceptronSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The start-up path fuzzed: every key a link or the saved state can hold, with hostile values, must end in a
 * started page (every view's model built) whose state reloads without a notice; a value that was not used is
 * named in a notice; and no value passes the codec only to make a view fall back.
 */
class StartStateTest {
    /** Every key of the link: the codec's own table, the embed keys and every view's. */
    private static final List<String> KEYS = keys();
    private static final List<String> HOSTILE = List.of("2000000", "999999", "-1e6", "1e308", "-1e308", "1e309",
            "5e5", "-1", "0", "-0", "1.5", "NaN", "Infinity", "-Infinity", "", "abc", "0x10", "1d", "1..2",
            "2147483648", "-2147483649", "9".repeat(500), "%", "%ZZ", "%C3%28", "ü✓", "1,2,3", "16,16,16,16,16,16,16,16,16",
            "AAAA", "x1,x1", "custom", "x^", "1/x", "mine", "sigmoid", "step", " 1 ", "1e-400", "3", "6", "7",
            "softmax", "pinwheel", "AQAA__8G", "AQAA__8M");

    private static List<String> keys() {
        List<String> keys = new ArrayList<>(List.of("v", "view", "embed", "hide", "lock", "lesson", "autoplay",
                "problem", "data", "classes", "noise", "ratio", "count", "seed", "features", "hidden", "act", "out",
                "loss", "lr", "batch", "reg", "regRate", "init", "test", "discretize", "lines", "pts", "w"));
        keys.addAll(PerceptronSettings.KEYS);
        keys.addAll(ActivationsSettings.KEYS);
        keys.addAll(DescentSettings.KEYS);
        keys.addAll(BackpropSettings.KEYS);
        keys.add("dataset");
        keys.add("gd.nope");
        return keys;
    }

    @Test
    void everyKeyWithEveryHostileValueStartsAndNamesWhatItDropped() {
        int cases = 0;
        for (String key : KEYS) {
            for (String value : HOSTILE) {
                String text = "v=1&" + key + "=" + PercentCodec.encode(value);
                StartState start = checkStarts(text);
                String encoded = HashCodec.encode(start.state());
                boolean named = mentions(start.notices(), key);
                boolean used = encoded.contains("&" + key + "=") || encoded.equals(HashCodec.encode(AppState.defaults()))
                        || key.equals("v");
                assertTrue(named || used, text + ": neither used nor named; notices " + start.notices());
                cases++;
            }
        }
        assertTrue(cases >= 1000, "cases: " + cases);
    }

    @Test
    void randomMixturesOfHostileKeysStart() {
        SeededRandom random = new SeededRandom(7);
        for (int n = 0; n < 600; n++) {
            StringBuilder text = new StringBuilder(n % 2 == 0 ? "v=1" : "#v=1");
            int count = 1 + random.nextInt(6);
            for (int k = 0; k < count; k++) {
                text.append('&').append(KEYS.get(random.nextInt(KEYS.size()))).append('=')
                        .append(PercentCodec.encode(HOSTILE.get(random.nextInt(HOSTILE.size()))));
            }
            checkStarts(text.toString());
        }
    }

    @Test
    void moreClassesStartInEveryViewTheInspectorToo() {
        for (String text : new String[] {"v=1&data=spiral&classes=3",
            "v=1&view=backprop&data=pinwheel&classes=6&bp.point=4",
            "v=1&view=perceptron&data=gaussians&classes=5&loss=mse&discretize=1"}) {
            StartState start = checkStarts(text);
            assertTrue(start.notices().isEmpty(), text + ": " + start.notices());
            assertTrue(start.playground().config().classes() >= 3);
        }
    }

    @Test
    void brokenTextStarts() {
        for (String text : new String[] {null, "", "#", "&&&", "=", "v", "v=2", "%", "&=&=", "a".repeat(70000),
            "v=1&" + "gd.x0=1&".repeat(5000), "\u0000\u0001", "v=1&w=" + "A".repeat(60000)}) {
            checkStarts(text);
        }
    }

    @Test
    void aLinkNamesItsViewAndTheSavedStateFillsInTheOthers() {
        AppState saved = AppState.defaults().withView("perceptron")
                .withPerceptron(PerceptronSettings.defaults().withLearningRate(0.5))
                .withBackprop(BackpropSettings.defaults().withStep(2));
        // A reload of the playground's own link: the perceptron's settings survive, though the link leaves them out.
        StartState reload = StartState.fromLink("v=1&data=xor", StartState.saved(HashCodec.encode(saved)));
        assertEquals(0.5, reload.state().perceptron().learningRate());
        assertEquals(2, reload.state().backprop().step());
        assertEquals("playground", reload.state().view());
        assertEquals(List.of(), reload.notices());
        // An embedded page shows its link and the defaults, nothing of the visitor's own saved state.
        StartState embedded = StartState.fromLink("v=1&embed=1&view=perceptron", saved);
        assertEquals(PerceptronSettings.defaults(), embedded.state().perceptron());
        assertEquals(AppState.defaults(), StartState.saved(""));
        assertEquals(AppState.defaults(), StartState.saved(null));
    }

    /** The bug of the issue: a start far outside the plot's reach stored in the link or the saved state. */
    @Test
    void aStartBeyondThePlotsReachIsRefusedNamedAndDropped() {
        for (String x0 : new String[] {"2000000", "999999", "-1e6", "1e308", "5e5", "1000.5"}) {
            StartState start = checkStarts("v=1&view=gradient-descent&gd.x0=" + x0);
            assertTrue(mentions(start.notices(), "gd.x0"), x0 + ": " + start.notices());
            assertEquals(DescentSettings.defaults(), start.state().descent());
            assertFalse(HashCodec.encode(start.state()).contains("gd.x0"));
        }
        StartState edge = checkStarts("v=1&gd.x0=-1000&gd.eta=1000&gd.f=quartic");
        assertEquals(-1000, edge.state().descent().start());
        assertTrue(edge.notices().isEmpty(), edge.notices().toString());
    }

    /** Every value the gradient-descent settings accept can be run and plotted, however it ends. */
    @Test
    void everyAcceptedDescentSettingHasAPlotWindow() {
        List<DescentSettings> functions = new ArrayList<>();
        for (BuiltInFunction f : BuiltInFunction.all()) {
            functions.add(DescentSettings.defaults().withBuiltIn(f));
        }
        for (String text : new String[] {"exp(x)", "1/x", "ln(x)", "sqrt(x)", "x^10", "sin(x)/x", "e^(x^2)",
            "abs(x)", "-x^3", "tan(x)", "0", "x", "1e300*x^2", "sign(x)"}) {
            functions.add(withExpression(text));
        }
        int windows = 0;
        for (DescentSettings base : functions) {
            for (double x0 : new double[] {-1000, -999.5, -3, 0, 1e-9, 2.25, 999.99, 1000}) {
                for (double eta : new double[] {1e-9, 0.001, 0.1, 1, 10, 1000}) {
                    for (double tol : new double[] {0, 0.00001, 1000}) {
                        for (int cap : new int[] {1, 1000, 1_000_000}) {
                            DescentSettings s = base.withStart(x0).withLearningRate(eta).withThreshold(tol)
                                    .withCap(cap);
                            PlotWindow window = DescentWindow.of(new DescentExplorer(s));
                            assertNotNull(window);
                            windows++;
                        }
                    }
                }
            }
        }
        assertTrue(windows > 9000, "windows: " + windows);
    }

    @Test
    void aGoodStateStartsWithoutNotices() {
        StartState start = StartState.of(AppState.defaults(), List.of());
        assertTrue(start.notices().isEmpty());
        assertEquals(AppState.defaults(), start.state());
    }

    private static DescentSettings withExpression(String text) {
        try {
            return DescentSettings.defaults().withExpression(text);
        } catch (ExpressionException e) {
            throw new AssertionError(text + ": " + e.getMessage());
        }
    }

    /** Starts from {@code text} and checks the start: models built, no view fell back, and the state reloads. */
    private static StartState checkStarts(String text) {
        StartState start = StartState.fromText(text);
        assertNotNull(start.playground());
        assertNotNull(start.perceptron());
        assertNotNull(start.descent());
        for (String notice : start.notices()) {
            assertFalse(notice.contains("could not start"), text + ": a value passed the codec but not its view: "
                    + notice);
        }
        String saved = HashCodec.encode(start.state());
        HashCodec.Decoded again = HashCodec.decode(saved);
        assertTrue(again.notices().isEmpty(), "the saved state " + saved + " reloads with notices " + again.notices());
        assertEquals(saved, HashCodec.encode(again.state()), "the saved state reloads as it was");
        return start;
    }

    private static boolean mentions(List<String> notices, String key) {
        for (String notice : notices) {
            if (notice.contains(key + "=") || notice.contains(key + " ") || notice.contains(key + ":")
                    || notice.contains("whole link")) {
                return true;
            }
        }
        return false;
    }

    @Test
    void notUsedListsEightNoticesAndCountsTheRest() {
        assertEquals("", StartState.notUsed(List.of(), "this link"));
        assertEquals("Not all of this link could be used (the defaults stand in for what was not): a; b.",
                StartState.notUsed(List.of("a", "b"), "this link"));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.add("n" + i);
        }
        String text = StartState.notUsed(many, "the saved state");
        assertTrue(text.startsWith("Not all of the saved state could be used"), text);
        assertTrue(text.endsWith("; n7; and 2 more."), text);
    }
}
