package hyperplane.view;

import hyperplane.engine.Activation;
import hyperplane.sim.TrainingDiagnosis;
import hyperplane.sim.UnitCensus;

/**
 * The words of the layer histograms ({@link LayerHistograms}): each hidden layer's count of saturated sigmoid or tanh
 * units, or of dead ReLU units, for the row's title, and a summary of all layers for screen readers ("Layer 1
 * (ReLU): 2 of 4 units dead, z ≤ 0 on every training point. …"). The numbers are the census's, the same ones the
 * run's diagnosis names.
 */
public final class LayerText {
    private LayerText() {
    }

    /**
     * The count shown at the right of layer {@code layer}'s title: "3 of 8 saturated" for sigmoid or tanh, "2 of 4
     * dead" for ReLU; "" when there is none to show (no such unit, or an activation that neither saturates nor dies).
     */
    static String count(UnitCensus census, int layer) {
        int size = census.size(layer);
        Activation activation = census.activation(layer);
        if (activation == Activation.RELU) {
            int dead = census.deadUnits(layer);
            return dead == 0 ? "" : dead + " of " + size + " dead";
        }
        if (UnitCensus.edge(activation) < Double.POSITIVE_INFINITY) {
            int saturated = census.saturatedUnits(layer);
            return saturated == 0 ? "" : saturated + " of " + size + " saturated";
        }
        return "";
    }

    /** The summary of every hidden layer for screen readers (see the class comment). */
    public static String summary(UnitCensus census) {
        if (census.revision() == 0 || census.samples() == 0) {
            return "No layer histograms: there are no training points.";
        }
        if (census.layerCount() < 2) {
            return "No layer histograms: the network has no hidden layer.";
        }
        StringBuilder sb = new StringBuilder("Over the ").append(census.samples()).append(" training points: ");
        String percent = Format.trimmed(100 * TrainingDiagnosis.SATURATED_POINTS, 0) + " %";
        for (int l = 1; l < census.layerCount(); l++) {
            Activation activation = census.activation(l);
            int size = census.size(l);
            sb.append(l > 1 ? " " : "").append("Layer ").append(l).append(" (").append(activation.label())
                    .append("): ");
            if (activation == Activation.RELU) {
                int dead = census.deadUnits(l);
                sb.append(dead).append(" of ").append(size).append(size == 1 ? " unit" : " units")
                        .append(" dead (z ≤ 0 on every training point).");
            } else if (UnitCensus.edge(activation) < Double.POSITIVE_INFINITY) {
                sb.append(census.saturatedUnits(l)).append(" of ").append(size).append(size == 1 ? " unit" : " units")
                        .append(" saturated on more than ").append(percent).append(" of the points (|z| > ")
                        .append(Format.trimmed(UnitCensus.edge(activation), 1)).append(").");
            } else {
                sb.append(size).append(size == 1 ? " unit" : " units").append(", which neither saturate nor die.");
            }
        }
        return sb.toString();
    }
}
