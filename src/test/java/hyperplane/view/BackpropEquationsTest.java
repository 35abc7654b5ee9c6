package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.Feature;
import hyperplane.engine.Activation;
import hyperplane.engine.Loss;
import hyperplane.engine.Network;
import hyperplane.engine.TestNetworks;
import hyperplane.sim.BackpropWalkthrough;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackpropEquationsTest {
    private static final List<Feature> FEATURES = List.of(Feature.X1, Feature.X2);

    /** Writes what it is told as one line per list item, formula, note or list, numbers in brackets. */
    private static final class Recording implements BackpropEquations.Out {
        final List<String> lines = new ArrayList<>();
        private StringBuilder item;

        private void open(String start) {
            item = new StringBuilder(start);
            lines.add(null);
        }

        private void close() {
            if (item != null && lines.get(lines.size() - 1) == null) {
                lines.set(lines.size() - 1, item.toString());
            }
        }

        List<String> lines() {
            close();
            return lines;
        }

        @Override
        public void formula(String id) {
            close();
            lines.add("formula " + id);
        }

        @Override
        public void note(String text) {
            close();
            lines.add("note " + text);
        }

        @Override
        public void list() {
            close();
            lines.add("list");
        }

        @Override
        public void row(String who, boolean full) {
            close();
            open((full ? "full " : "") + who + " ");
        }

        @Override
        public void subItem() {
            close();
            open("  - ");
        }

        @Override
        public void text(String text) {
            item.append(text);
        }

        @Override
        public void operand(String shown) {
            item.append('[').append(shown).append(']');
        }

        @Override
        public void result(String shown, double value, String kind, int layer, int neuron, int from) {
            item.append('{').append(kind).append(' ').append(layer).append(' ').append(neuron)
                    .append(from >= 0 ? " " + from : "").append(": ").append(shown).append('}');
            assertEquals(value, Double.parseDouble(shown.replace("(", "").replace(")", "").replace('−', '-')), 1e-3);
        }
    }

    /** 2 → 1 → 1, linear everywhere, MSE, at input (2, 4) with target 1 ({@link TestNetworks#hand}). */
    private static BackpropWalkthrough hand() {
        return new BackpropWalkthrough(TestNetworks.hand(), new double[] {2, 4}, new double[] {1}, 3);
    }

    private static List<String> write(BackpropWalkthrough walk, int step, int focus) {
        Recording out = new Recording();
        new BackpropEquations(walk, focus, 4, FEATURES).write(step, out);
        return out.lines();
    }

    @Test
    void titleCountsTheSteps() {
        BackpropEquations equations = new BackpropEquations(hand(), 0, 4, FEATURES);
        assertEquals("Step 1 of 7: Forward pass: hidden layer 1", equations.title(0));
        assertEquals("Step 7 of 7: Gradients of hidden layer 1: ∂C/∂b and ∂C/∂w", equations.title(6));
    }

    @Test
    void forwardStepWritesTheSumWithSignsAsOperatorsAndNegativeFactorsInBrackets() {
        assertEquals(List.of("formula bp-f-forward",
                "note In hidden layer 1 φ is Linear; the inputs a come from the inputs.",
                "list",
                "Neuron 1: z = [0.5000] × [2.0000] − [0.2500] × [4.0000] + [0.2500] = {z 1 0: 0.2500};"
                        + "  a = identity([0.2500]) = {a 1 0: 0.2500}"), write(hand(), 0, 0));
        Network n = Network.create(2, new int[] {1}, Activation.LINEAR, Activation.LINEAR, Loss.MSE);
        n.setWeight(1, 0, 0, -0.5);
        n.setWeight(1, 0, 1, 1);
        n.setBias(1, 0, -0.125);
        BackpropWalkthrough walk = new BackpropWalkthrough(n, new double[] {-2, 4}, new double[] {1}, 3);
        assertEquals("Neuron 1: z = −[0.5000] × [(−2.0000)] + [1.0000] × [4.0000] − [0.1250] = {z 1 0: 4.8750};"
                + "  a = identity([4.8750]) = {a 1 0: 4.8750}", write(walk, 0, 0).get(3));
        for (int step = 0; step < walk.stepCount(); step++) {
            for (String line : write(walk, step, 0)) {
                boolean equation = !line.startsWith("formula ") && !line.startsWith("note ");
                assertTrue(!equation || !(line.contains("+ [−") || line.contains("[-") || line.contains(": -")), line);
            }
        }
    }

    @Test
    void costAndErrorStepsOfSquaredError() {
        assertEquals(List.of("formula bp-f-cost-mse", "list",
                "Output: C = ½ ([1.0000] − [(−0.5000)])² = {cost 2 0: 1.1250}"), write(hand(), 2, 0));
        assertEquals(List.of("formula bp-f-output-delta",
                "note For squared error ∂C/∂a = a − y; φ′ is the derivative of Linear.", "list",
                "Output: δ = ∂C/∂a × φ′(z) = [(−1.5000)] × [1.0000] = {delta 2 0: −1.5000}"), write(hand(), 3, 0));
        assertEquals("Neuron 1: δ = ([2.0000] × [(−1.5000)]) × φ′(z) = [(−3.0000)] × [1.0000] = {delta 1 0: −3.0000}",
                write(hand(), 4, 0).get(3));
    }

    @Test
    void gradientsNameTheirSourceInputsInNestedItems() {
        List<String> lines = write(hand(), 6, 0);
        assertEquals(List.of("formula bp-f-gradients",
                "note Gradient descent moves every weight by −η ∂C/∂w: the larger |∂C/∂w|, the harder this point"
                        + " pushes that weight.", "list",
                "Neuron 1: ∂C/∂b = δ = {db 1 0: −3.0000}",
                "  - ∂C/∂w from x₁ = a × δ = [2.0000] × [(−3.0000)] = {dw 1 0 0: −6.0000}",
                "  - ∂C/∂w from x₂ = a × δ = [4.0000] × [(−3.0000)] = {dw 1 0 1: −12.0000}"), lines);
    }

    @Test
    void sigmoidOutputWithCrossEntropyWritesTheLogCostAndDeltaAMinusY() {
        Network n = Network.create(2, new int[] {1}, Activation.TANH, Activation.SIGMOID, Loss.CROSS_ENTROPY);
        BackpropWalkthrough walk = new BackpropWalkthrough(n, new double[] {0.5, -0.5}, new double[] {1}, 0);
        List<String> cost = write(walk, 2, 0);
        assertEquals("formula bp-f-cost-ce", cost.get(0));
        assertTrue(cost.get(2).startsWith("Output: C = −[[1.0000] ln ["), cost.get(2));
        List<String> delta = write(walk, 3, 0);
        assertEquals("formula bp-f-output-delta-ce", delta.get(0));
        assertTrue(delta.get(1).endsWith("cancel, so δ = a − y."), delta.get(1));
        assertTrue(delta.get(3).startsWith("Output: δ = a − y = ["), delta.get(3));
    }

    /** 2 → 3 softmax at input (1, −1), class 1, every weight 0 but w_00 = 1 and b_2 = 0.5: z = (1, 0, 0.5). */
    private static BackpropWalkthrough softmax(Loss loss) {
        Network n = new Network(new int[] {2, 3}, new Activation[] {Activation.SOFTMAX}, loss);
        n.setWeight(1, 0, 0, 1);
        n.setBias(1, 2, 0.5);
        return new BackpropWalkthrough(n, new double[] {1, -1}, new double[] {0, 1, 0}, 0);
    }

    @Test
    void softmaxForwardWritesTheShiftedExponentialsOverTheirSum() {
        BackpropWalkthrough walk = softmax(Loss.CROSS_ENTROPY);
        List<String> lines = write(walk, 0, -1);
        assertEquals("formula bp-f-forward-softmax", lines.get(0));
        // m = 1, S = 1 + e^−1 + e^−0.5 = 1.9744.
        assertTrue(lines.get(1).contains("m = 1.0000") && lines.get(1).contains("S = Σ e^(z − m) = 1.9744"),
                lines.get(1));
        assertEquals("Class 0: z = [1.0000] × [1.0000] + [0.0000] × [(−1.0000)] + [0.0000] = {z 1 0: 1.0000};  "
                + "a = e^(z − m) / S = [1.0000] / [1.9744] = {a 1 0: 0.5065}", lines.get(3));
    }

    @Test
    void softmaxWithCrossEntropyShowsTheOneHotTargetAndWhyDeltaIsAMinusY() {
        BackpropWalkthrough walk = softmax(Loss.CROSS_ENTROPY);
        List<String> cost = write(walk, 1, -1);
        assertEquals("formula bp-f-cost-softmax-ce", cost.get(0));
        assertEquals("Target: y = ({y 1 0: 0}, {y 1 1: 1}, {y 1 2: 0})", cost.get(3));
        // a_1 = e^−1 / S = 0.1863, −ln a_1 = 1.6803.
        assertEquals("Cost: C = −ln a_1 = −ln [0.1863] = {cost 1 0: 1.6803}", cost.get(4));
        List<String> delta = write(walk, 2, -1);
        assertEquals("formula bp-f-output-delta-softmax-ce", delta.get(0));
        assertTrue(delta.get(2).endsWith("In the one term left a_1 cancels: δ_j = (−1/a_1) · a_1(δ_1j − a_j) = "
                + "a_j − y_j."), delta.get(2));
        assertEquals("∂C/∂a: −y/a = ({dcda 1 0: 0}, {dcda 1 1: −5.3670}, {dcda 1 2: 0})", delta.get(4));
        assertEquals("Class 0: δ = (−1/a_1) × a_1(δ_10 − a_0) = [(−5.3670)] × [0.1863] × (0 − [0.5065]) = "
                + "a − y = [0.5065] − [0] = {delta 1 0: 0.5065}", delta.get(5));
        assertEquals("Class 1: δ = (−1/a_1) × a_1(δ_11 − a_1) = [(−5.3670)] × [0.1863] × (1 − [0.1863]) = "
                + "a − y = [0.1863] − [1] = {delta 1 1: −0.8137}", delta.get(6));
        assertEquals(8, delta.size());
    }

    @Test
    void softmaxWithSquaredErrorWritesTheWholeJacobianProduct() {
        BackpropWalkthrough walk = softmax(Loss.MSE);
        List<String> cost = write(walk, 1, -1);
        assertEquals("formula bp-f-cost-softmax-mse", cost.get(0));
        assertTrue(cost.get(1).contains("does not divide by the number of classes"), cost.get(1));
        assertEquals("Cost: C = ½ [([0] − [0.5065])² + ([1] − [0.1863])² + ([0] − [0.3072])²] = "
                + "{cost 1 0: 0.5065}", cost.get(4));
        List<String> delta = write(walk, 2, -1);
        assertEquals("formula bp-f-output-delta-softmax-mse", delta.get(0));
        assertEquals("∂C/∂a: a − y = ({dcda 1 0: 0.5065}, {dcda 1 1: −0.8137}, {dcda 1 2: 0.3072})", delta.get(4));
        String row = delta.get(5);
        assertTrue(row.startsWith("Class 0: δ = Σ_k (a_k − y_k) × a_k(δ_k0 − a_0) = [0.5065] × {jac 1 0 0: 0.2500}"
                + " − [0.8137] × {jac 1 0 1: (−0.0944)} + [0.3072] × {jac 1 0 2: (−0.1556)} = {delta 1 0: "), row);
        for (int j = 0; j < 3; j++) {
            assertEquals(walk.trace().delta(1, j), walk.jacobianProduct(j), 1e-15);
        }
    }

    @Test
    void sixClassesWriteOnlyTheFocusedClassInFull() {
        Network n = new Network(new int[] {2, 6}, new Activation[] {Activation.SOFTMAX}, Loss.MSE);
        BackpropWalkthrough walk = new BackpropWalkthrough(n, new double[] {1, -1}, new double[] {0, 0, 0, 1, 0, 0}, 0);
        List<String> delta = write(walk, 2, 3);
        assertEquals("Class 0: δ = {delta 1 0: 0.0278}", delta.get(5), "a = 1/6 each, so δ_0 = a_0 (a_0 − 0) = 1/36");
        assertTrue(delta.get(8).startsWith("full Class 3: δ = Σ_k (a_k − y_k) × a_k(δ_k3 − a_3) = [0.1667] × "),
                delta.get(8));
        assertEquals("note This layer has 6 neurons: only class 3 is written out in full (choose another in "
                + "\"Neuron written out in big layers\").", delta.get(delta.size() - 1));
        List<String> ce = write(new BackpropWalkthrough(new Network(new int[] {2, 6},
                new Activation[] {Activation.SOFTMAX}, Loss.CROSS_ENTROPY), new double[] {1, -1},
                new double[] {0, 0, 0, 1, 0, 0}, 0), 2, 3);
        assertEquals("Class 0: δ = a − y = [0.1667] − [0] = {delta 1 0: 0.1667}", ce.get(5));
    }

    @Test
    void aBigLayerWritesOnlyTheFocusedNeuronInFull() {
        Network n = Network.create(2, new int[] {6}, Activation.TANH, Activation.SIGMOID, Loss.CROSS_ENTROPY);
        BackpropWalkthrough walk = new BackpropWalkthrough(n, new double[] {0.5, -0.5}, new double[] {0}, 0);
        List<String> lines = write(walk, 0, 2);
        assertEquals(3 + 6 + 1, lines.size());
        assertTrue(lines.get(3).startsWith("Neuron 1: z = {z 1 0: "), lines.get(3));
        assertTrue(lines.get(5).startsWith("full Neuron 3: z = ["), lines.get(5));
        assertEquals("note This layer has 6 neurons: only neuron 3 is written out in full (choose another in"
                + " \"Neuron written out in big layers\").", lines.get(9));
        List<String> gradients = write(walk, walk.stepCount() - 1, 2);
        assertTrue(gradients.get(3).contains(";  largest |∂C/∂w| into it ["), gradients.get(3));
    }

    @Test
    void smallNumbersAreScientificSoAVanishingGradientIsNotZero() {
        BackpropEquations equations = new BackpropEquations(hand(), 0, 4, FEATURES);
        assertEquals("0.0000", equations.number(0));
        assertEquals("0.0010", equations.number(0.001));
        assertEquals(Format.scientific(0.0000025), equations.number(0.0000025));
        assertEquals("-1.2346", equations.number(-1.23456));
    }
}
