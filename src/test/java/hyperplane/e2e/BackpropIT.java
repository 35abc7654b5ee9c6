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
        Backprop expected = new Backprop(model, inputs, new double[] {y});
        assertTrue(checkAll(shown, expected) >= 19, "checked");

        // Apply: w ← w − η ∂C/∂w, and the shown output is the new network's.
        double eta = Double.parseDouble(hash.replaceAll(".*lr=", ""));
        double before = page.readout("bp-output");
        page.applyUpdate();
        // The sentence is written after the updated network is shown, in the same handler.
        String result = page.waitForApplyResult();
        browser.saveArtifacts("backprop-" + name + "-3-applied");
        assertTrue(result.contains("went from"), result);
        Backprop updated = new Backprop(page.model(), inputs, new double[] {y});
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

    /**
     * Three classes behind a softmax: the page shows the probabilities, the one-hot target and δ^L (a − y under
     * cross-entropy; the Jacobian product under squared error), and every number matches a softmax backpropagation
     * computed here from the model JSON.
     */
    @ParameterizedTest
    @CsvSource({"'classes=3&data=gaussians', ce", "'classes=3&data=gaussians&loss=mse', mse"})
    void aSoftmaxOutputShowsProbabilitiesTheOneHotTargetAndItsDelta(String hash, String name) {
        BackpropPage page = fresh("", hash);
        page.choosePoint(4);
        Matcher label = Pattern.compile("class (\\d)$").matcher(page.chosenPoint());
        assertTrue(label.find(), page.chosenPoint());
        int c = Integer.parseInt(label.group(1));
        int steps = page.stepCount();
        Map<String, String[]> shown = new HashMap<>(page.values());
        for (int s = 2; s <= steps; s++) {
            page.next();
            assertEquals(s, page.waitForStep(s), page.stepNumber());
            shown.putAll(page.values());
            if (page.stepTitle().contains("error δ of the output layer")) {
                browser.saveArtifacts("backprop-softmax-" + name + "-output-delta");
            }
        }
        Map<String, Object> model = page.model();
        double[] inputs = new double[2];
        for (int k = 0; k < 2; k++) {
            inputs[k] = Double.parseDouble(shown.get("input null " + k)[0]);
        }
        double[] y = new double[3];
        y[c] = 1;
        Backprop expected = new Backprop(model, inputs, y);
        int top = expected.layers;
        assertEquals(3, expected.a[top].length, "three output neurons");
        double total = 0;
        for (int k = 0; k < 3; k++) {
            assertEquals(y[k], Double.parseDouble(shown.get("y " + top + " " + k)[0]), 0, "one-hot target " + k);
            assertEquals(y[k], Double.parseDouble(shown.get("target null " + k)[0]), 0, "target readout " + k);
            double a = Double.parseDouble(shown.get("a " + top + " " + k)[0]);
            assertEquals(a, Double.parseDouble(shown.get("prob null " + k)[0]), 0, "probability readout " + k);
            total += a;
        }
        assertEquals(1, total, 1e-12, "the probabilities add up to 1");
        assertTrue(checkAll(shown, expected) >= 20, "checked");
        for (int j = 0; j < 3; j++) {
            double a = expected.a[top][j];
            double delta = Double.parseDouble(shown.get("delta " + top + " " + j)[0]);
            if (name.equals("ce")) {
                assertClose(a - y[j], delta, "δ = a − y for class " + j);
                check(shown, "dcda " + top + " " + j, y[j] == 0 ? 0 : -1 / a);
                continue;
            }
            check(shown, "dcda " + top + " " + j, a - y[j]);
            double product = 0;
            for (int k = 0; k < 3; k++) {
                double ak = expected.a[top][k];
                double jac = ak * ((k == j ? 1 : 0) - a);
                check(shown, "jac " + top + " " + j + " " + k, jac);
                product += Double.parseDouble(shown.get("dcda " + top + " " + k)[0])
                        * Double.parseDouble(shown.get("jac " + top + " " + j + " " + k)[0]);
            }
            assertClose(product, delta, "δ = Σ_k (a_k − y_k) a_k(δ_kj − a_j) for class " + j);
        }
        page.applyUpdate();
        String result = page.waitForApplyResult();
        assertTrue(result.contains("probability of its class " + c + " went from"), result);
        assertTrue(new Backprop(page.model(), inputs, y).cost < expected.cost, "the update lowers this point's cost");
        assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors().toString());
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

    /** Checks every z, a, δ, ∂C/∂b, ∂C/∂w and the cost shown against {@code expected}; returns how many. */
    private static int checkAll(Map<String, String[]> shown, Backprop expected) {
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
        return checked + check(shown, "cost " + expected.layers + " 0", expected.cost);
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
        Backprop(Map<String, Object> model, double[] x, double[] y) {
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
                    a[l][j] = "softmax".equals(act[l]) ? 0 : phi(act[l], sum);
                }
            }
            boolean ce = "cross-entropy".equals(model.get("loss"));
            if ("softmax".equals(act[layers])) {
                softmax(z[layers], a[layers]);
                int k = a[layers].length;
                double c = 0;
                delta[layers] = new double[k];
                for (int j = 0; j < k; j++) {
                    c += ce ? (y[j] == 0 ? 0 : -y[j] * Math.log(a[layers][j]))
                            : 0.5 * (y[j] - a[layers][j]) * (y[j] - a[layers][j]);
                    // δ_j = Σ_i ∂C/∂a_i · a_i(δ_ij − a_j), with ∂C/∂a_i = −y_i/a_i or a_i − y_i.
                    for (int i = 0; i < k; i++) {
                        double ai = a[layers][i];
                        double dCda = ce ? (y[i] == 0 ? 0 : -y[i] / ai) : ai - y[i];
                        delta[layers][j] += dCda * ai * ((i == j ? 1 : 0) - a[layers][j]);
                    }
                }
                cost = c;
            } else {
                double out = a[layers][0];
                cost = ce ? -(y[0] * Math.log(out) + (1 - y[0]) * Math.log(1 - out))
                        : 0.5 * (y[0] - out) * (y[0] - out);
                delta[layers] = new double[] {ce ? out - y[0] : (out - y[0]) * phiPrime(act[layers], z[layers][0])};
            }
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

        /** a_j = e^(z_j) / Σ_k e^(z_k), written plainly (the page's z are small). */
        static void softmax(double[] z, double[] a) {
            double sum = 0;
            for (double v : z) {
                sum += Math.exp(v);
            }
            for (int j = 0; j < z.length; j++) {
                a[j] = Math.exp(z[j]) / sum;
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
