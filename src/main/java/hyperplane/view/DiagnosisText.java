package hyperplane.view;

import hyperplane.engine.Activation;
import hyperplane.sim.TrainingDiagnosis;
import hyperplane.sim.TrainingDiagnosis.DeadUnits;
import hyperplane.sim.TrainingDiagnosis.Finding;
import hyperplane.sim.TrainingDiagnosis.NoProgress;
import hyperplane.sim.TrainingDiagnosis.Saturated;
import hyperplane.sim.TrainingDiagnosis.VanishingGradients;
import java.util.List;

/**
 * The sentences that say why a run is not learning ({@link hyperplane.sim.TrainingDiagnosis}): what was found, with
 * its numbers, why it stops learning, and what to try. The first finding is said in full; any other adds a short
 * clause.
 */
public final class DiagnosisText {
    private DiagnosisText() {
    }

    /** The line for {@code found}, most telling first; "" when it is empty. */
    public static String line(List<Finding> found) {
        if (found.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(full(found.get(0)));
        for (int i = 1; i < found.size(); i++) {
            text.append(' ').append(also(found.get(i)));
        }
        return text.toString();
    }

    /** A short name of what {@code finding} is: "dead", "some-dead", "no-progress", "saturated" or "vanishing". */
    public static String kind(Finding finding) {
        if (finding instanceof DeadUnits dead) {
            return dead.whole() ? "dead" : "some-dead";
        }
        if (finding instanceof VanishingGradients) {
            return "vanishing";
        }
        return finding instanceof NoProgress ? "no-progress" : "saturated";
    }

    /** The full sentence for one finding. */
    static String full(Finding finding) {
        if (finding instanceof DeadUnits dead) {
            return dead.whole() ? deadLayer(dead) : someDead(dead);
        }
        if (finding instanceof NoProgress stalled) {
            return noProgress(stalled);
        }
        if (finding instanceof VanishingGradients fading) {
            return vanishing(fading);
        }
        return saturated((Saturated) finding);
    }

    private static String vanishing(VanishingGradients fading) {
        String why = fading.activation() == Activation.SIGMOID
                ? " On the way back the gradient is multiplied at every layer by the slope of sigmoid, which is at"
                        + " most 0.25, and by the weights, so it fades layer by layer. Try tanh or ReLU, or fewer hidden"
                        + " layers."
                : " On the way back the gradient is multiplied at every layer by the slope of "
                        + name(fading.activation()) + " and by the weights, and here it fades layer by layer. Try ReLU,"
                        + " or fewer hidden layers.";
        return "Vanishing gradients: the weights of hidden layer 1 get gradients about " + roughly(fading.ratio())
                + " times smaller than the output layer's (mean |∂C/∂w| over the last " + TrainingDiagnosis.RECENT
                + " epochs), so the first hidden layers of the " + fading.hiddenLayers() + " hardly learn." + why
                + " Gradient flow, under Inside the network, draws each layer's.";
    }

    /** {@code ratio} to two significant digits, with thousands separated: "130", "9,700", "12,000". */
    static String roughly(double ratio) {
        double step = Math.pow(10, Math.max(0, Math.floor(Math.log10(ratio)) - 1));
        long rounded = Math.round(ratio / step) * (long) step;
        String digits = Long.toString(rounded);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                text.append(',');
            }
            text.append(digits.charAt(i));
        }
        return text.toString();
    }

    private static String deadLayer(DeadUnits dead) {
        return "Dead network: " + everyNeuron(dead.size()) + " of hidden layer " + dead.layer()
                + (dead.size() == 1 ? " outputs" : " output") + " 0 for every training point. ReLU's slope is 0 there"
                + " too, so no gradient gets past this layer: the output stays near " + Format.fixed(dead.output(), 2)
                + " for every point and training cannot revive it. Try another seed, a smaller learning rate, or Leaky"
                + " ReLU, which keeps a small slope below 0.";
    }

    private static String someDead(DeadUnits dead) {
        boolean one = dead.dead() == 1;
        return dead.dead() + " of " + dead.size() + " neurons in hidden layer " + dead.layer()
                + (one ? " outputs 0 for every training point, so it has"
                        : " output 0 for every training point, so they have")
                + " stopped learning (ReLU's slope is 0 there) and the others do all the work. If the fit stays poor,"
                + " try another seed, a smaller learning rate, or Leaky ReLU.";
    }

    private static String everyNeuron(int size) {
        return size == 1 ? "the only neuron" : size == 2 ? "both neurons" : "all " + size + " neurons";
    }

    private static String noProgress(NoProgress stalled) {
        StringBuilder text = new StringBuilder("No progress: in the last ").append(stalled.window())
                .append(" epochs the training loss went up and down between ").append(Format.loss(stalled.low()))
                .append(" and ").append(Format.loss(stalled.high())).append(" but never fell below its earlier best, ")
                .append(Format.loss(stalled.before()));
        if (stalled.accuracy() == stalled.accuracy()) {
            text.append(", and ").append(Format.fixed(stalled.accuracy() * 100, 0))
                    .append(" % of the training points are right");
        }
        return text.append(". The steps overshoot the minimum: ").append(tryRate(stalled.smallerRate())).toString();
    }

    private static String saturated(Saturated flat) {
        boolean one = flat.saturated() == 1;
        String slope = Format.fixed(Math.ceil(flat.activation().derivative(flat.edge()) * 100) / 100, 2);
        String edge = Format.fixed(flat.edge(), 1);
        String advice = flat.givenWeights()
                ? "These starting weights are large: press Reset to start from the seed's small ones."
                : "Large weights put " + (one ? "it" : "them") + " there: " + rateAdvice(flat.smallerRate())
                        + " and press Reset, or use ReLU, which has no flat side above 0.";
        return "Saturated neurons: " + flat.saturated() + " of " + flat.size() + " neurons in hidden layer "
                + flat.layer() + (one ? " has" : " have") + " z above " + edge + " (or below −" + edge
                + ") for nearly every training point, where " + name(flat.activation()) + " is flat (slope under "
                + slope + "). " + (one ? "Its output hardly changes from point to point and its gradients are"
                : "Their output hardly changes from point to point and their gradients are")
                + " tiny, so learning is slow. " + advice;
    }

    /** The clause that mentions a second finding. */
    static String also(Finding finding) {
        if (finding instanceof NoProgress stalled) {
            return "The loss is not falling either (between " + Format.loss(stalled.low()) + " and "
                    + Format.loss(stalled.high()) + " in the last " + stalled.window() + " epochs): "
                    + tryRate(stalled.smallerRate());
        }
        if (finding instanceof Saturated flat) {
            return "Also, " + flat.saturated() + " of " + flat.size() + " neurons in hidden layer " + flat.layer()
                    + " are stuck where " + name(flat.activation()) + " is flat.";
        }
        if (finding instanceof VanishingGradients fading) {
            return "The gradients fade on the way back, too: hidden layer 1's are about " + roughly(fading.ratio())
                    + " times smaller than the output layer's.";
        }
        return full(finding);
    }

    /** "try a learning rate of 3." or, when there is no smaller choice, "try a smaller learning rate." */
    private static String tryRate(double rate) {
        return rateAdvice(rate) + ".";
    }

    private static String rateAdvice(double rate) {
        return rate == rate ? "try a learning rate of " + rateText(rate) : "try a smaller learning rate";
    }

    /** A rate as the learning-rate select writes it: "3", "0.3", "0.00001". */
    static String rateText(double rate) {
        for (int decimals = 0; decimals <= 9; decimals++) {
            String text = Format.fixed(rate, decimals);
            if (Double.parseDouble(text) == rate) {
                return text;
            }
        }
        return Double.toString(rate);
    }

    /** The name used for {@code activation} in the sentences. */
    static String name(Activation activation) {
        return activation.label().toLowerCase();
    }
}
