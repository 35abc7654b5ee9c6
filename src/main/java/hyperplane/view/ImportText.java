package hyperplane.view;

import hyperplane.data.Dataset;
import hyperplane.sim.PlaygroundSession;
import hyperplane.state.PlaygroundConfig;

/**
 * What the playground says about imports and exports: a refused file, an imported model or set of points, and the
 * run's numbers under an exported picture. Apart from the DOM so that the JVM tests the wording.
 */
public final class ImportText {
    private ImportText() {
    }

    /**
     * Said before the result when {@code count} files came at once: the page reads one, the first, named
     * {@code name}; "" for a single file.
     */
    public static String onlyOneRead(int count, String name) {
        return count <= 1 ? "" : "You dropped " + count + " files; the page reads one at a time, so it read only "
                + name + ". ";
    }

    /** A file that could not be read or used: its name, why, and that nothing changed. */
    public static String refused(String name, String reason) {
        return "Could not import " + name + ": " + reason + ". Nothing was changed.";
    }

    /**
     * What to do with a points file whose labels need {@code needed} classes when {@code config} has fewer: choose
     * more under Classes; with a generated set of two classes only, first switch Dataset to the user's own points.
     */
    public static String moreClasses(PlaygroundConfig config, int needed) {
        String classes = needed + " or more under Classes";
        if (config.points() != null || config.dataset().manyClasses()) {
            return "choose " + classes + ", then import the file again";
        }
        return "the " + config.dataset().label() + " set comes in two classes only, so choose \""
                + PlaygroundEdits.MY_POINTS_LABEL + "\" under Dataset first, then " + classes
                + ", and import the file again";
    }

    /** A model read from {@code name} and adopted as {@code adopted}; its weights now travel with the link. */
    public static String modelImported(String name, PlaygroundConfig adopted) {
        return "Imported the model from " + name + ": " + describe(adopted) + ", at epoch 0. Its weights are "
                + "part of the link and the saved state (Reset goes back to the seed's weights).";
    }

    /** Points read from {@code name}, counted by split. */
    public static String pointsImported(String name, Dataset points) {
        return "Imported " + points.size() + (points.size() == 1 ? " point" : " points") + " from " + name
                + " (" + points.trainCount() + " for training, " + points.testCount() + " for testing).";
    }

    /** A network's shape in words: "2 inputs, hidden layers of 4, 2, Tanh". */
    static String describe(PlaygroundConfig c) {
        StringBuilder text = new StringBuilder();
        text.append(c.features().size()).append(c.features().size() == 1 ? " input, " : " inputs, ");
        int[] hidden = c.hidden();
        if (hidden.length == 0) {
            text.append("no hidden layer");
        } else {
            text.append("hidden layers of ");
            for (int i = 0; i < hidden.length; i++) {
                text.append(i == 0 ? "" : ", ").append(hidden[i]);
            }
        }
        return text.append(", ").append(c.activation().label()).toString();
    }

    /** The run's numbers under an exported picture; the test loss only when there are test points. */
    public static String losses(PlaygroundSession s) {
        return "Epoch " + s.epoch() + "   training loss " + Format.loss(s.trainLoss())
                + (s.testCount() > 0 ? "   test loss " + Format.loss(s.testLoss()) : "");
    }
}
