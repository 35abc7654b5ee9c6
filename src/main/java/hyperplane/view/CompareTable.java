package hyperplane.view;

import hyperplane.data.ProblemType;
import hyperplane.sim.Comparison;
import hyperplane.sim.PlaygroundSession;
import hyperplane.state.CompareSettings;
import hyperplane.state.PlaygroundConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the playground's comparison says in words: each run's letter, colour and tile caption, and the small table of
 * the settings in which the runs differ (only those; a run with A's settings says so).
 */
public final class CompareTable {
    /**
     * The runs' colours, A to D: blue, vermillion, bluish green, reddish purple of Okabe and Ito's palette for
     * colour-blind readers (a run's lines, tile frame and tab share it).
     */
    public static final int[] COLORS = {0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7};
    /** What a run identical to A shows in the table. */
    public static final String SAME_AS_A = "same settings as A";

    private CompareTable() {
    }

    /** The letter of run {@code run} (0 is A). */
    public static String letter(int run) {
        return String.valueOf(CompareSettings.LETTERS.charAt(run));
    }

    /** "#0072b2": a run's colour for CSS. */
    public static String css(int run) {
        String hex = Integer.toHexString(0x1000000 | COLORS[run]);
        return "#" + hex.substring(1);
    }

    /**
     * A run's tile caption: its training loss and, for classification, the share of training points classified right
     * ("loss 0.123 · 87 % right"); a diverged run says where it stopped.
     */
    public static String caption(PlaygroundSession run) {
        if (run.diverged()) {
            return "diverged at epoch " + run.epoch() + "; the others go on";
        }
        double share = run.accuracy(true);
        return "loss " + Format.loss(run.trainLoss()) + (share == share ? " · " + Format.fixed(100 * share, 0)
                + " % right" : "");
    }

    /** A setting's name in the table. */
    public static String label(String key) {
        return switch (key) {
            case "features" -> "Inputs";
            case "hidden" -> "Hidden layers";
            case "act" -> "Activation";
            case "out" -> "Output";
            case "loss" -> "Loss";
            case "lr" -> "Learning rate";
            case "batch" -> "Batch size";
            case "reg" -> "Regularization";
            case "regRate" -> "Regularization rate";
            case "init" -> "Initial weights";
            case "w" -> "Starting weights";
            case "opt" -> "Optimizer";
            case "beta" -> "β";
            case "beta2" -> "β₂";
            case "eps" -> "ε";
            case "sched" -> "Schedule";
            case "decay" -> "Decay";
            case "every" -> "Every (epochs)";
            default -> key;
        };
    }

    /** Where A's starting weights come from: set by hand (edited, loaded) or the seed's. */
    private static String startOfA(PlaygroundConfig a) {
        return a.hasWeights() ? "its own" : "the seed's";
    }

    /**
     * Where run {@code run}'s starting weights come from: its own (its override {@code w}), else A's where A has some
     * and the run has A's shape, else the seed's.
     */
    private static String startOf(Comparison comparison, int run) {
        PlaygroundConfig mine = comparison.run(run).config();
        if (comparison.settings().runs().get(run - 1).containsKey("w")) {
            return "its own";
        }
        return mine.hasWeights() ? "A's" : "the seed's";
    }

    /** A value as the table shows it: the link's tokens, with squared error and "none" spelt out. */
    static String shown(String key, String value) {
        if (key.equals("loss") && value.equals("mse")) {
            return "squared error";
        }
        if (key.equals("hidden") && value.isEmpty()) {
            return "none";
        }
        return value;
    }

    /**
     * The table: one row per setting in which some run differs from A, {@code row[0]} the setting's name and
     * {@code row[1 + run]} its value in each run. With no such setting (every run has A's settings) a single row
     * {@code [SAME_AS_A]}; a comparison of one run has no rows.
     */
    public static List<String[]> differences(Comparison comparison) {
        List<String[]> rows = new ArrayList<>();
        int count = comparison.count();
        if (count < 2) {
            return rows;
        }
        PlaygroundConfig a = comparison.run(0).config();
        for (String key : CompareSettings.KEYS) {
            boolean differs = false;
            for (int run = 1; run < count; run++) {
                differs |= comparison.settings().runs().get(run - 1).containsKey(key);
            }
            if (!differs) {
                continue;
            }
            String[] row = new String[count + 1];
            row[0] = label(key);
            row[1] = key.equals("w") ? startOfA(a) : shown(key, CompareSettings.value(key, a));
            for (int run = 1; run < count; run++) {
                row[run + 1] = key.equals("w") ? startOf(comparison, run)
                        : shown(key, CompareSettings.value(key, comparison.run(run).config()));
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            rows.add(new String[] {SAME_AS_A});
        }
        return rows;
    }

    /**
     * Puts every run's losses into {@code chart}: each run's training loss in its colour, named by its letter, and
     * when {@code test} its test loss dashed in the same colour (no legend entry of its own; the chart's label says
     * dashed is test). The runs have trained the same epochs, so the lines share one epoch axis. For classification
     * the panel under the losses shows each run's share of points classified right the same way: the one measure
     * that compares runs whose losses differ (cross-entropy and squared error are not on one scale), and when they
     * differ each run's legend entry names its loss.
     */
    public static void chart(LineChart chart, Comparison comparison, boolean test) {
        chart.clearSeries();
        boolean mixed = false;
        for (int run = 1; run < comparison.count(); run++) {
            mixed |= comparison.run(run).config().loss() != comparison.run(0).config().loss();
        }
        for (int run = 0; run < comparison.count(); run++) {
            PlaygroundSession session = comparison.run(run);
            String name = mixed ? letter(run) + ": " + session.config().loss().label().toLowerCase(Locale.ROOT)
                    : letter(run);
            chart.addSeries(name, COLORS[run], session.history().trainValues(), session.history().size(), false);
        }
        if (test) {
            for (int run = 0; run < comparison.count(); run++) {
                var history = comparison.run(run).history();
                chart.addSeries("", COLORS[run], history.testValues(), history.size(), true);
            }
        }
        if (comparison.run(0).config().problem() != ProblemType.CLASSIFICATION) {
            return;
        }
        for (int run = 0; run < comparison.count(); run++) {
            var history = comparison.run(run).history();
            chart.addShareSeries(COLORS[run], history.trainCorrectValues(), history.size(), false);
            if (test) {
                chart.addShareSeries(COLORS[run], history.testCorrectValues(), history.size(), true);
            }
        }
    }
}
