package hyperplane.view;

import hyperplane.data.ProblemType;
import hyperplane.engine.Activation;
import hyperplane.engine.Loss;
import hyperplane.state.CompareSettings;
import hyperplane.state.Decimals;
import hyperplane.state.PlaygroundConfig;
import java.util.List;
import java.util.Map;

/**
 * The classic comparisons, one button each: what run A becomes and which runs join it. Every run keeps A's points,
 * seed and everything the comparison is not about.
 */
public final class CompareShortcuts {
    /** Why the losses cannot be compared on a regression (which has squared error only). */
    public static final String NO_CROSS_ENTROPY = "Cross-entropy is for classification: a regression is trained with "
            + "squared error only, so there is nothing to compare. Pick a classification dataset first.";

    /** Run A's configuration and the overrides of the runs that join it. */
    public record Setup(PlaygroundConfig a, List<Map<String, String>> runs) {
    }

    private CompareShortcuts() {
    }

    /** A at its learning rate (×1), B at a tenth of it, C at ten times it (within the rates the page allows). */
    public static Setup learningRates(PlaygroundConfig a) {
        double rate = a.learningRate();
        double low = Math.max(PlaygroundConfig.MIN_RATE, rate / 10);
        double high = Math.min(PlaygroundConfig.MAX_RATE, rate * 10);
        return new Setup(a, List.of(Map.of("lr", Decimals.text(low)), Map.of("lr", Decimals.text(high))));
    }

    /**
     * A with cross-entropy, B with squared error, both on a sigmoid output (a softmax with more classes); null for a
     * regression ({@link #NO_CROSS_ENTROPY}).
     */
    public static Setup losses(PlaygroundConfig a) {
        if (a.problem() != ProblemType.CLASSIFICATION) {
            return null;
        }
        PlaygroundConfig ce = a.output() == Activation.TANH ? a.withOutput(Activation.SIGMOID) : a;
        ce = ce.withLoss(Loss.CROSS_ENTROPY);
        return new Setup(ce, List.of(CompareSettings.overrides(ce, ce.withLoss(Loss.MSE))));
    }

    /** A with tanh hidden neurons, B with ReLU, C with sigmoid. */
    public static Setup activations(PlaygroundConfig a) {
        PlaygroundConfig tanh = a.withActivation(Activation.TANH);
        return new Setup(tanh, List.of(Map.of("act", Activation.RELU.key()), Map.of("act", Activation.SIGMOID.key())));
    }
}
