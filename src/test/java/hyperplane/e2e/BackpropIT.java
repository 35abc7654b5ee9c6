package hyperplane.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.e2e.pages.AppPage;
import hyperplane.e2e.pages.BackpropPage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The backprop inspector: select a point, step through every step, and check the shown δ and ∂C/∂w against
 * a backpropagation computed here, independently, from the weights in the page's model JSON.
 */
class BackpropIT extends BrowserTestSupport {
    private static final double TOLERANCE = 1e-9;

    private BackpropPage fresh(String query, String hash) {
        AppPage.open(browser.driver(), http(""));
        browser.script("localStorage.clear();");
        return BackpropPage.open(browser.driver(), http(query + "#v=1&view=backprop&" + hash));
    }

    @ParameterizedTest
    @CsvSource({
        "'', 'hidden=3,2&lr=0.1', wasm",
        "?engine=js, hidden=3&act=relu&out=tanh&loss=mse&lr=0.1, js",
        "'', hidden=2&act=sigmoid&out=linear&loss=mse&problem=regression&data=plane&lr=0.05, regression"
    })
    void shownGradientsMatchAnIndependentBackpropagationAndTheUpdateApplies(String query, String hash,
                                                                             String name) {
        BackpropPage page = fresh(query, hash);
        page.choosePoint(5);
        assertEquals(1, page.waitForStep(1));
        int steps = page.stepCount();
        Map<String, String[]> shown = new HashMap<>(page.values());
        browser.saveArtifacts("backprop-" + name + "-1-forward");
        for (int s = 2; s <= steps; s++) {
            if (s % 2 == 0) {
                page.next();
            } else {
                page.pressRight();
            }
            assertEquals(s, page.waitForStep(s), page.stepNumber());
            shown.putAll(page.values());
            if (s == steps - 2) {
                browser.saveArtifacts("backprop-" + name + "-2-backward");
            }
        }
        assertTrue(page.stepTitle().startsWith("Step " + steps + " of " + steps), page.stepTitle());

        Map<String, Object> model = page.model();
        double[] inputs = new double[2];
        for (int k = 0; k < 2; k++) {
            inputs[k] = Double.parseDouble(shown.get("input null " + k)[0]);
        }
        double y = page.readout("bp-target");
        Backprop expected = new Backprop(model, inputs, y);
        int checked = 0;
        for (int l = 1; l <= expected.layers; l++) {
            for (int j = 0; j < expected.z[l].length; j++) {
                checked += check(shown, "z " + l + " " + j, expected.z[l][j]);
                checked += check(shown, "a " + l + " " + j, expected.a[l][j]);
                checked += check(shown, "delta " + l + " " + j, expected.delta[l][j]);
                checked += check(shown, "db " + l + " " + j, expected.delta[l][j]);
                for (int k = 0; k < expected.a[l - 1].length; k++) {
                    checked += check(shown, "dw " + l + " " + j + " " + k, expected.a[l - 1][k] * expected.delta[l][j]);
                }
            }
        }
        checked += check(shown, "cost " + expected.layers + " 0", expected.cost);
        assertTrue(checked >= 19, "checked " + checked);

        // Apply: w ← w − η ∂C/∂w, and the shown output is the new network's.
        double eta = Double.parseDouble(hash.replaceAll(".*lr=", ""));
        double before = page.readout("bp-output");
        page.applyUpdate();
        // The sentence is written after the updated network is shown, in the same handler.
        String result = page.waitForApplyResult();
        browser.saveArtifacts("backprop-" + name + "-3-applied");
        assertTrue(result.contains("went from"), result);
        Backprop updated = new Backprop(page.model(), inputs, y);
        for (int l = 1; l <= expected.layers; l++) {
            for (int j = 0; j < expected.z[l].length; j++) {
                assertClose(expected.b[l][j] - eta * expected.delta[l][j], updated.b[l][j], "b " + l + j);
                for (int k = 0; k < expected.a[l - 1].length; k++) {
                    assertClose(expected.w[l][j][k] - eta * expected.a[l - 1][k] * expected.delta[l][j],
                            updated.w[l][j][k], "w " + l + j + k);
                }
            }
        }
        double after = page.readout("bp-output");
        assertClose(updated.a[updated.layers][0], after, "output after the update");
        assertNotEquals(before, after);
        assertTrue(updated.cost < expected.cost, "one step along −∇C lowers this point's cost: " + expected.cost
                + " → " + updated.cost);
    }

    @Test
    void keysShowAllAndThePointListWork() {
        BackpropPage page = fresh("", "hidden=4,2");
        assertTrue(page.points().get(0).matches("#\\d+ \\(-?\\d+\\.\\d\\d, -?\\d+\\.\\d\\d\\) class [01]"),
                page.points().get(0));
        assertEquals(10, page.stepCount());
        page.keys("n", "n");
        assertEquals(3, page.waitForStep(3));
        page.keys("p");
        assertEquals(2, page.waitForStep(2));
        page.previous();
        assertEquals(1, page.waitForStep(1));
        page.showAll(true);
        assertEquals(10, page.waitForShownSteps(10));
        page.showAll(false);
        assertEquals(1, page.waitForShownSteps(1));
        page.choosePoint(2);
        String chosen = page.chosenPoint();
        String legend = page.waitForLegend(text -> text.startsWith("Outlined"));
        assertTrue(legend.startsWith("Outlined"), legend);
        assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors().toString());
        // The choice survives a reload through the link.
        BackpropPage again = BackpropPage.open(browser.driver(), (String) browser.script("return location.href;"));
        assertEquals(chosen, again.waitForChosenPoint(chosen));
    }

    @Test
    void clickingAPointOnTheCanvasSelectsIt() {
        BackpropPage page = fresh("", "hidden=3");
        String target = page.points().get(7);
        Matcher m = Pattern.compile("\\((-?[\\d.]+), (-?[\\d.]+)\\)").matcher(target);
        assertTrue(m.find(), target);
        double x = Double.parseDouble(m.group(1));
        double y = Double.parseDouble(m.group(2));
        // The canvas is laid out at the width it is shown (w × w logical pixels, at most 320); the plot spans x
        // from 28 to w − 6 and y from 6 to w − 22 for −6 … 6.
        double w = ((Number) browser.script(
                "return +document.getElementById('bp-canvas').dataset.logicalWidth;")).doubleValue();
        double px = 28 + (x + 6) / 12 * (w - 34);
        double py = 6 + (6 - y) / 12 * (w - 28);
        double scale = ((Number) browser.script(
                "return document.getElementById('bp-canvas').getBoundingClientRect().width;")).doubleValue() / w;
        page.clickCanvasAt((int) Math.round((px - w / 2) * scale), (int) Math.round((py - w / 2) * scale));
        assertEquals(target, page.waitForChosenPoint(target));
    }

    @Test
    void bigLayersAreSummarisedAroundThePickedNeuron() {
        BackpropPage page = fresh("", "hidden=16,16&features=x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2");
        Map<String, String[]> forward = page.values();
        long written = forward.keySet().stream().filter(k -> k.startsWith("z 1 ")).count();
        assertEquals(16, written, "every neuron's z is shown, most of them summarised");
        int terms = browser.driver().findElements(org.openqa.selenium.By.cssSelector("#bp-steps .bp-num")).size();
        assertTrue(terms < 16 * 2 + 7 * 2 + 2 + 16, "only one row is written out in full: " + terms + " numbers");
        browser.saveArtifacts("backprop-big");
    }

    @Test
    void hasNoAccessibilityViolations() {
        BackpropPage page = fresh("", "hidden=3,2");
        page.next().next().next().next().next();
        page.applyUpdate();
        // Scanned with the update's sentence on show.
        page.waitForApplyResult();
        assertEquals(List.of(), browser.accessibilityViolations());
    }

    private static int check(Map<String, String[]> shown, String key, double expected) {
        String[] value = shown.get(key);
        assertNotNull(value, "the page shows " + key + " (shown: " + shown.keySet() + ")");
        assertClose(expected, Double.parseDouble(value[0]), key);
        String text = value[1].replace("(", "").replace(")", "").replace('−', '-');
        assertEquals(expected, Double.parseDouble(text), Math.max(1e-4, Math.abs(expected) * 0.01),
                key + " as written: " + value[1]);
        return 1;
    }

    private static void assertClose(double expected, double actual, String what) {
        assertTrue(Math.abs(expected - actual) <= TOLERANCE * Math.max(1, Math.abs(expected)),
                what + ": expected " + expected + ", page shows " + actual);
    }

    /** Textbook backpropagation of one sample through the model JSON's weights (Nielsen, ch. 2). */
    private static final class Backprop {
        final int layers;
        final double[][][] w;
        final double[][] b;
        final double[][] z;
        final double[][] a;
        final double[][] delta;
        final double cost;

        @SuppressWarnings("unchecked")
        Backprop(Map<String, Object> model, double[] x, double y) {
            List<Object> list = (List<Object>) model.get("layers");
            layers = list.size();
            w = new double[layers + 1][][];
            b = new double[layers + 1][];
            z = new double[layers + 1][];
            a = new double[layers + 1][];
            delta = new double[layers + 1][];
            String[] act = new String[layers + 1];
            a[0] = x.clone();
            for (int l = 1; l <= layers; l++) {
                Map<String, Object> layer = (Map<String, Object>) list.get(l - 1);
                act[l] = (String) layer.get("activation");
                List<Object> rows = (List<Object>) layer.get("weights");
                List<Object> biases = (List<Object>) layer.get("biases");
                int n = rows.size();
                w[l] = new double[n][];
                b[l] = new double[n];
                z[l] = new double[n];
                a[l] = new double[n];
                for (int j = 0; j < n; j++) {
                    List<Object> row = (List<Object>) rows.get(j);
                    w[l][j] = new double[row.size()];
                    b[l][j] = ((Number) biases.get(j)).doubleValue();
                    double sum = b[l][j];
                    for (int k = 0; k < row.size(); k++) {
                        w[l][j][k] = ((Number) row.get(k)).doubleValue();
                        sum += w[l][j][k] * a[l - 1][k];
                    }
                    z[l][j] = sum;
                    a[l][j] = phi(act[l], sum);
                }
            }
            boolean ce = "cross-entropy".equals(model.get("loss"));
            double out = a[layers][0];
            cost = ce ? -(y * Math.log(out) + (1 - y) * Math.log(1 - out)) : 0.5 * (y - out) * (y - out);
            delta[layers] = new double[] {ce ? out - y : (out - y) * phiPrime(act[layers], z[layers][0])};
            for (int l = layers - 1; l >= 1; l--) {
                delta[l] = new double[z[l].length];
                for (int j = 0; j < z[l].length; j++) {
                    double sum = 0;
                    for (int k = 0; k < z[l + 1].length; k++) {
                        sum += w[l + 1][k][j] * delta[l + 1][k];
                    }
                    delta[l][j] = sum * phiPrime(act[l], z[l][j]);
                }
            }
        }

        static double phi(String name, double z) {
            return switch (name) {
                case "sigmoid" -> 1 / (1 + Math.exp(-z));
                case "tanh" -> Math.tanh(z);
                case "relu" -> Math.max(0, z);
                case "leaky-relu" -> z > 0 ? z : 0.01 * z;
                case "linear" -> z;
                default -> throw new IllegalArgumentException(name);
            };
        }

        static double phiPrime(String name, double z) {
            return switch (name) {
                case "sigmoid" -> phi(name, z) * (1 - phi(name, z));
                case "tanh" -> 1 - Math.tanh(z) * Math.tanh(z);
                case "relu" -> z > 0 ? 1 : 0;
                case "leaky-relu" -> z > 0 ? 1 : 0.01;
                case "linear" -> 1;
                default -> throw new IllegalArgumentException(name);
            };
        }
    }
}
