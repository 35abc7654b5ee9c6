package hyperplane.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import hyperplane.data.DatasetKind;
import hyperplane.data.Feature;
import hyperplane.engine.Activation;
import hyperplane.engine.Initialization;
import hyperplane.engine.Loss;
import hyperplane.engine.Network;
import hyperplane.engine.SeededRandom;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelJsonTest {
    private static final Activation[] TRAINABLE = {Activation.SIGMOID, Activation.TANH, Activation.RELU,
        Activation.LEAKY_RELU, Activation.LINEAR};

    private static final String MUTATIONS = "{}[],:\"\\-+.eE0123456789 \u0000xnt";

    private static Network randomNetwork(SeededRandom r, int inputs) {
        int hiddenCount = r.nextInt(PlaygroundConfig.MAX_HIDDEN_LAYERS + 1);
        int[] sizes = new int[hiddenCount + 2];
        Activation[] acts = new Activation[hiddenCount + 1];
        sizes[0] = inputs;
        for (int l = 1; l <= hiddenCount; l++) {
            sizes[l] = 1 + r.nextInt(PlaygroundConfig.MAX_NEURONS);
            acts[l - 1] = TRAINABLE[r.nextInt(TRAINABLE.length)];
        }
        sizes[hiddenCount + 1] = 1;
        boolean crossEntropy = r.nextInt(2) == 0;
        acts[hiddenCount] = crossEntropy ? Activation.SIGMOID : TRAINABLE[r.nextInt(TRAINABLE.length)];
        Network n = new Network(sizes, acts, crossEntropy ? Loss.CROSS_ENTROPY : Loss.MSE);
        n.initialize(Initialization.RANDOM, r);
        // Also exercise awkward doubles: tiny, huge, negative zero, many digits.
        double[] odd = {-0.0, 1e-300, -1.7976931348623157E308, 4.9E-324, 0.1 + 0.2, 123456789.123456789};
        n.setWeight(1, 0, 0, odd[r.nextInt(odd.length)]);
        return n;
    }

    private static List<Feature> randomInputs(SeededRandom r) {
        List<Feature> all = new ArrayList<>(List.of(Feature.values()));
        int[] order = new int[all.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        r.shuffle(order, order.length);
        int count = 1 + r.nextInt(all.size());
        List<Feature> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(all.get(order[i]));
        }
        return out;
    }

    private static String sample() {
        Network n = Network.create(2, new int[] {3}, Activation.TANH, Activation.SIGMOID, Loss.CROSS_ENTROPY);
        n.initialize(Initialization.RANDOM, new SeededRandom(7));
        return ModelJson.write(n, List.of(Feature.X1, Feature.X2));
    }

    @Test
    void roundTripOfRandomNetworksGivesBitIdenticalParameters() throws FormatException {
        SeededRandom r = new SeededRandom(2024);
        for (int trial = 0; trial < 300; trial++) {
            List<Feature> inputs = randomInputs(r);
            Network n = randomNetwork(r, inputs.size());
            String json = ModelJson.write(n, inputs);
            ImportedModel m = ModelJson.read(json);
            assertEquals(inputs, m.inputs());
            Network back = m.network();
            assertArrayEquals(n.sizes(), back.sizes());
            assertEquals(n.loss(), back.loss());
            for (int l = 1; l <= n.layerCount(); l++) {
                assertEquals(n.activation(l), back.activation(l));
                for (int j = 0; j < n.size(l); j++) {
                    assertEquals(Double.doubleToRawLongBits(n.bias(l, j)),
                            Double.doubleToRawLongBits(back.bias(l, j)));
                    for (int k = 0; k < n.size(l - 1); k++) {
                        assertEquals(Double.doubleToRawLongBits(n.weight(l, j, k)),
                                Double.doubleToRawLongBits(back.weight(l, j, k)), "trial " + trial);
                    }
                }
            }
            assertEquals(json, ModelJson.write(back, m.inputs()));
        }
    }

    @Test
    void writesTheDocumentedLayout() {
        Network n = Network.create(2, new int[0], Activation.TANH, Activation.SIGMOID, Loss.CROSS_ENTROPY);
        n.setWeight(1, 0, 0, 0.5);
        n.setWeight(1, 0, 1, -1.25);
        n.setBias(1, 0, 0.1);
        assertEquals("{\n  \"format\": \"hyperplane-model\",\n  \"version\": 1,\n  \"inputs\": [\"x1\", \"x2\"],\n"
                + "  \"layers\": [\n    {\n      \"activation\": \"sigmoid\",\n      \"weights\": [\n"
                + "        [0.5, -1.25]\n      ],\n      \"biases\": [0.1]\n    }\n  ],\n"
                + "  \"loss\": \"cross-entropy\"\n}\n", ModelJson.write(n, List.of(Feature.X1, Feature.X2)));
    }

    @Test
    void refusesToWriteADivergedNetwork() {
        Network n = Network.create(1, new int[0], Activation.TANH, Activation.LINEAR, Loss.MSE);
        n.setBias(1, 0, Double.NaN);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelJson.write(n, List.of(Feature.X1)));
        assertEquals("bias (NaN) of layer 1, neuron 0 is not finite: a diverged model cannot be exported",
                e.getMessage());
    }

    @Test
    void readsWeightsAsToFromWithAByteOrderMarkAndExtraKeys() throws FormatException {
        ImportedModel m = ModelJson.read("\uFEFF{\"format\":\"hyperplane-model\",\"version\":1,\"note\":[1,{}],"
                + "\"inputs\":[\"x1sq\"],\"layers\":[{\"activation\":\"relu\",\"weights\":[[1],[2]],"
                + "\"biases\":[3,4]},{\"activation\":\"linear\",\"weights\":[[5,6e-1]],\"biases\":[-7]}],"
                + "\"loss\":\"mse\"}");
        assertEquals(List.of(Feature.X1_SQUARED), m.inputs());
        Network n = m.network();
        assertEquals(2.0, n.weight(1, 1, 0));
        assertEquals(0.6, n.weight(2, 0, 1));
        assertEquals(4.0, n.bias(1, 1));
        assertEquals(-7.0, n.bias(2, 0));
        assertEquals(Activation.RELU, n.activation(1));
        assertEquals(Loss.MSE, n.loss());
    }

    private static String error(String text) {
        try {
            ModelJson.read(text);
        } catch (FormatException e) {
            return e.getMessage();
        }
        return fail("accepted: " + text);
    }

    private static String model(String inputs, String layers, String loss) {
        return "{\"format\":\"hyperplane-model\",\"version\":1,\"inputs\":" + inputs + ",\"layers\":" + layers
                + ",\"loss\":" + loss + "}";
    }

    @Test
    void namesWhatIsWrong() {
        String ok = "[{\"activation\":\"sigmoid\",\"weights\":[[1,2]],\"biases\":[0]}]";
        assertEquals("the model file is empty", error(""));
        assertEquals("the JSON text is empty", error("  \n "));
        assertEquals("JSON error at line 1, column 1: unexpected 'h' where a value should start", error("hello"));
        assertEquals("JSON error at line 2, column 3: expected a key in double quotes but found 'x'",
                error("{\"a\":1,\n  x"));
        assertEquals("JSON error at line 1, column 7: the number 1e999 is too large", error("{\"a\": 1e999}"));
        assertEquals("JSON error at line 1, column 1: unexpected character U+0000 where a value should start",
                error("\u0000\u0001"));
        assertEquals("JSON error at line 1, column 9: the key \"a\" appears twice in one object",
                error("{\"a\":1, \"a\":2}"));
        assertEquals("a model file must hold a JSON object {…}, not a list", error("[1]"));
        assertEquals("\"format\" must be \"hyperplane-model\", not \"other\": this is not a Hyperplane model file",
                error("{\"format\":\"other\"}"));
        assertEquals("\"version\" must be 1, not 2: this file was written by another version of Hyperplane",
                error("{\"format\":\"hyperplane-model\",\"version\":2}"));
        assertEquals("inputs[1] is \"x3\", not one of x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2",
                error(model("[\"x1\",\"x3\"]", ok, "\"mse\"")));
        assertEquals("inputs[1] repeats \"x1\"", error(model("[\"x1\",\"x1\"]", ok, "\"mse\"")));
        assertEquals("\"loss\" is \"hinge\", not one of mse, cross-entropy",
                error(model("[\"x1\",\"x2\"]", ok, "\"hinge\"")));
        assertEquals("layers[0].activation is \"step\", not one of sigmoid, tanh, relu, leaky-relu, linear, softmax",
                error(model("[\"x1\",\"x2\"]", ok.replace("sigmoid", "step"), "\"mse\"")));
        assertEquals("layers[0].weights[0] has 2 numbers but needs 1 (one per neuron of the layer before)",
                error(model("[\"x1\"]", ok, "\"mse\"")));
        assertEquals("layers[0].biases has 2 numbers but needs 1 (one per row of layers[0].weights)",
                error(model("[\"x1\",\"x2\"]", ok.replace("[0]", "[0,1]"), "\"mse\"")));
        assertEquals("layers[0].weights[0][1] must be a number, not \"2\"",
                error(model("[\"x1\",\"x2\"]", ok.replace("1,2", "1,\"2\""), "\"mse\"")));
        assertEquals("the model cannot be built: cross-entropy loss needs a sigmoid output, not Tanh "
                + "(its output must lie in (0, 1))",
                error(model("[\"x1\",\"x2\"]", ok.replace("sigmoid", "tanh"), "\"cross-entropy\"")));
    }

    @Test
    void refusesTooManyLayersNeuronsAndCharacters() {
        StringBuilder layers = new StringBuilder("[");
        for (int i = 0; i < 10; i++) {
            layers.append(i == 0 ? "" : ",").append("{\"activation\":\"tanh\",\"weights\":[[1]],\"biases\":[0]}");
        }
        layers.append(']');
        assertEquals("\"layers\" has 10 layers; it must have 1 to 9 (at most 8 hidden layers and the output)",
                error(model("[\"x1\"]", layers.toString(), "\"mse\"")));
        StringBuilder rows = new StringBuilder("[");
        for (int i = 0; i < 17; i++) {
            rows.append(i == 0 ? "[1]" : ",[1]");
        }
        rows.append(']');
        assertEquals("layers[0].weights has 17 rows (neurons); it must have 1 to 16",
                error(model("[\"x1\"]", "[{\"activation\":\"tanh\",\"weights\":" + rows + ",\"biases\":[]}]",
                        "\"mse\"")));
        assertEquals("the model file has 1048577 characters, more than the 1048576 a model can need",
                error(" ".repeat(ModelJson.MAX_CHARS + 1)));
        assertEquals("JSON error at line 1, column 33: nesting deeper than 32 levels", error("[".repeat(100)));
    }

    @Test
    void hostileTextOnlyEverThrowsFormatException() {
        SeededRandom r = new SeededRandom(99);
        String valid = sample();
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            inputs.add(valid.substring(0, r.nextInt(valid.length())));
            char[] c = valid.toCharArray();
            for (int m = 0; m < 1 + r.nextInt(4); m++) {
                c[r.nextInt(c.length)] = MUTATIONS.charAt(r.nextInt(MUTATIONS.length()));
            }
            inputs.add(new String(c));
            char[] bytes = new char[r.nextInt(60)];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = (char) r.nextInt(256);
            }
            inputs.add(new String(bytes));
        }
        inputs.add("[".repeat(5000) + "]".repeat(5000));
        inputs.add("{\"a\":".repeat(5000));
        inputs.add("1" + "0".repeat(400));
        inputs.add(valid.replace("0.", "9".repeat(500) + "."));
        inputs.add("\"\\u12");
        int accepted = 0;
        for (String s : inputs) {
            try {
                ModelJson.read(s);
                accepted++;
            } catch (FormatException e) {
                assertFalse(e.getMessage().isEmpty());
            } catch (RuntimeException e) {
                fail("threw " + e + " for " + s, e);
            }
        }
        assertTrue(accepted < inputs.size());
    }

    @Test
    void fitsOnlyTheMatchingConfiguration() throws FormatException {
        PlaygroundConfig config = PlaygroundConfig.defaults();
        Network n = Network.create(2, new int[] {4, 2}, Activation.TANH, Activation.SIGMOID, Loss.CROSS_ENTROPY);
        ImportedModel same = new ImportedModel(n, List.of(Feature.X1, Feature.X2));
        assertTrue(ModelJson.fits(config, same));
        ImportedModel other = ModelJson.read(ModelJson.write(
                Network.create(3, new int[] {5}, Activation.RELU, Activation.TANH, Loss.MSE),
                List.of(Feature.X1, Feature.X2, Feature.X1_SQUARED)));
        assertFalse(ModelJson.fits(config, other));
        assertEquals(List.of("features: x1, x2 → x1, x2, x1sq", "hidden layers: 4, 2 → 5",
                "activation of hidden layer 1: tanh → relu", "output: sigmoid → tanh", "loss: cross-entropy → mse"),
                ModelJson.differences(config, other));
        PlaygroundConfig adopted = ModelJson.adopt(config, other);
        assertEquals(List.of(Feature.X1, Feature.X2, Feature.X1_SQUARED), adopted.features());
        assertArrayEquals(new int[] {5}, adopted.hidden());
        assertEquals(Activation.RELU, adopted.activation());
        assertEquals(Activation.TANH, adopted.output());
        assertEquals(Loss.MSE, adopted.loss());
        assertEquals(config.learningRate(), adopted.learningRate());
        assertTrue(ModelJson.fits(adopted, other));
    }

    @Test
    void refusesToAdoptWhatTheConfigurationCannotExpress() {
        PlaygroundConfig config = PlaygroundConfig.defaults();
        Network mixed = new Network(new int[] {2, 3, 3, 1},
                new Activation[] {Activation.TANH, Activation.RELU, Activation.SIGMOID}, Loss.MSE);
        FormatException e = assertThrows(FormatException.class,
                () -> ModelJson.adopt(config, new ImportedModel(mixed, List.of(Feature.X1, Feature.X2))));
        assertEquals("hidden layer 2 uses relu but hidden layer 1 uses tanh; "
                + "the playground gives all hidden layers one activation", e.getMessage());
        Network two = new Network(new int[] {2, 2}, new Activation[] {Activation.SIGMOID}, Loss.MSE);
        e = assertThrows(FormatException.class,
                () -> ModelJson.adopt(config, new ImportedModel(two, List.of(Feature.X1, Feature.X2))));
        assertEquals("the model has 2 sigmoid outputs; the playground trains one output for two classes, or a "
                + "softmax over 3 to 6 classes", e.getMessage());
        Network linear = Network.create(2, new int[0], Activation.TANH, Activation.LINEAR, Loss.MSE);
        e = assertThrows(FormatException.class,
                () -> ModelJson.adopt(config, new ImportedModel(linear, List.of(Feature.X1, Feature.X2))));
        assertEquals("the model does not fit this classification problem: "
                + "output (linear) must be sigmoid or tanh for classification", e.getMessage());
    }

    @Test
    void softmaxModelsOfThreeAndSixClassesRoundTripBitForBit() throws FormatException {
        SeededRandom r = new SeededRandom(3);
        for (int k : new int[] {3, 6}) {
            for (Loss loss : Loss.values()) {
                Network n = new Network(new int[] {2, 5, k}, new Activation[] {Activation.TANH, Activation.SOFTMAX},
                        loss);
                n.initialize(Initialization.RANDOM, r);
                String json = ModelJson.write(n, List.of(Feature.X1, Feature.X2));
                assertTrue(json.contains("\"activation\": \"softmax\""), json);
                ImportedModel m = ModelJson.read(json);
                assertArrayEquals(n.parameters(), m.network().parameters(), 0);
                assertEquals(Activation.SOFTMAX, m.network().activation(2));
                assertEquals(json, ModelJson.write(m.network(), m.inputs()));
                PlaygroundConfig classes = PlaygroundConfig.defaults().withDataset(DatasetKind.SPIRAL).withClasses(k)
                        .withHidden(new int[] {5});
                assertEquals(k, ModelJson.adopt(classes, m).outputs());
            }
        }
    }

    @Test
    void refusesASoftmaxThatIsNotTheOutputOfSeveralNeurons() {
        String hidden = "[{\"activation\":\"softmax\",\"weights\":[[1,2],[3,4]],\"biases\":[0,0]},"
                + "{\"activation\":\"sigmoid\",\"weights\":[[1,1]],\"biases\":[0]}]";
        String error = error(model("[\"x1\",\"x2\"]", hidden, "\"mse\""));
        assertTrue(error.startsWith("the model cannot be built: "), error);
        assertTrue(error.contains("softmax"), error);
        String single = "[{\"activation\":\"softmax\",\"weights\":[[1,2]],\"biases\":[0]}]";
        error = error(model("[\"x1\",\"x2\"]", single, "\"mse\""));
        assertTrue(error.startsWith("the model cannot be built: "), error);
        assertEquals("layers[0].activation is \"step\", not one of sigmoid, tanh, relu, leaky-relu, linear, softmax",
                error(model("[\"x1\"]", "[{\"activation\":\"step\",\"weights\":[[1]],\"biases\":[0]}]",
                        "\"mse\"")));
    }

    @Test
    void adoptsASoftmaxOverAsManyClassesAndRefusesAnotherWidth() throws FormatException {
        PlaygroundConfig three = PlaygroundConfig.defaults().withDataset(DatasetKind.GAUSSIANS).withClasses(3);
        List<Feature> xy = List.of(Feature.X1, Feature.X2);
        Network k3 = new Network(new int[] {2, 5, 3}, new Activation[] {Activation.RELU, Activation.SOFTMAX},
                Loss.MSE);
        PlaygroundConfig adopted = ModelJson.adopt(three, new ImportedModel(k3, xy));
        assertArrayEquals(new int[] {2, 5, 3}, adopted.layerSizes());
        assertEquals(Activation.SOFTMAX, adopted.output());
        assertEquals(Loss.MSE, adopted.loss());
        assertEquals(List.of("hidden layers: 4, 2 → 5", "activation of hidden layer 1: tanh → relu",
                "loss: cross-entropy → mse"), ModelJson.differences(three, new ImportedModel(k3, xy)));
        Network k4 = new Network(new int[] {2, 4}, new Activation[] {Activation.SOFTMAX}, Loss.CROSS_ENTROPY);
        FormatException e = assertThrows(FormatException.class,
                () -> ModelJson.adopt(three, new ImportedModel(k4, xy)));
        assertEquals("the model has a softmax over 4 classes, but there are 3 classes; choose 4 classes first",
                e.getMessage());
        e = assertThrows(FormatException.class,
                () -> ModelJson.adopt(PlaygroundConfig.defaults(), new ImportedModel(k3, xy)));
        assertEquals("the model has a softmax over 3 classes, but there are 2 classes; choose 3 classes first",
                e.getMessage());
        Network one = Network.create(2, new int[] {4, 2}, Activation.TANH, Activation.SIGMOID, Loss.CROSS_ENTROPY);
        e = assertThrows(FormatException.class, () -> ModelJson.adopt(three, new ImportedModel(one, xy)));
        assertEquals("the model has one output (two classes), but there are 3 classes; choose 2 classes first",
                e.getMessage());
        assertEquals(List.of("outputs: 3 → 1", "output: softmax → sigmoid"),
                ModelJson.differences(three, new ImportedModel(one, xy)));
        Network k2 = new Network(new int[] {2, 2}, new Activation[] {Activation.SOFTMAX}, Loss.CROSS_ENTROPY);
        e = assertThrows(FormatException.class,
                () -> ModelJson.adopt(PlaygroundConfig.defaults(), new ImportedModel(k2, xy)));
        assertEquals("the model has 2 softmax outputs; the playground trains one output for two classes, or a "
                + "softmax over 3 to 6 classes", e.getMessage());
    }
}
