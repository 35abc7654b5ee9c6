package hyperplane.sim;

import hyperplane.state.CompareSettings;
import hyperplane.state.PlaygroundConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One to four playground runs from the same start, trained in lock-step: run A is the playground's own session,
 * runs B, C, D are sessions made from A's configuration with their {@link CompareSettings overrides}. Since every
 * run has A's points and seed, each starts from the same initial weights (where the shapes agree) and visits the
 * points in the same shuffled order; two runs with the same settings stay identical bit for bit.
 *
 * <p>One run is selected: the playground's controls show and edit it. An edit ({@link #apply}) goes to the runs
 * by what it changes: data and shared settings (points, dataset, noise, seed, speed, display) to every run; model and
 * training settings ({@link CompareSettings#KEYS}) to the selected run only, so the others keep theirs. A setting of
 * a run that no longer fits the new data (a tanh output after A went to three classes) gives way to the edited
 * run's, and {@link #takeNotice} says which.
 *
 * <p>Lock-step: {@link #catchUp} brings every other run to A's epoch, one epoch of each in turn, so at every moment
 * the runs have seen the same data the same number of times; a diverged run stops while the others go on.
 */
public final class Comparison {
    private final PlaygroundSession a;
    private final List<PlaygroundSession> others = new ArrayList<>();
    private CompareSettings settings = CompareSettings.NONE;
    private int selected;
    private String notice;

    /** A comparison of {@code a} alone (a single run) until runs are added. */
    public Comparison(PlaygroundSession a) {
        if (a == null) {
            throw new IllegalArgumentException("a must be set");
        }
        this.a = a;
    }

    /** The comparison as it stands (for the link and the autosave). */
    public CompareSettings settings() {
        return settings;
    }

    /** Whether there is more than one run. */
    public boolean active() {
        return settings.active();
    }

    /** How many runs, A included. */
    public int count() {
        return settings.count();
    }

    /** Run {@code run} (0 is A). */
    public PlaygroundSession run(int run) {
        if (run < 0 || run >= count()) {
            throw new IllegalArgumentException("run (" + run + ") must be in [0, " + count() + ")");
        }
        return run == 0 ? a : others.get(run - 1);
    }

    /** The run the controls edit. */
    public int selected() {
        return selected;
    }

    /** The selected run's session. */
    public PlaygroundSession selectedRun() {
        return run(selected);
    }

    /** Selects run {@code run} for the controls. */
    public void select(int run) {
        run(run);
        selected = run;
    }

    /**
     * Takes {@code next} (for instance from a link): the runs B … D become new sessions of its configurations for A's
     * current configuration, at epoch 0, and A is reset too when runs were made, so they start together. A comparison
     * that no longer fits A is dropped (see {@link #takeNotice}).
     */
    public void restore(CompareSettings next) {
        others.clear();
        settings = CompareSettings.NONE;
        selected = 0;
        if (next == null || !next.active()) {
            return;
        }
        List<PlaygroundSession> made = new ArrayList<>();
        try {
            for (int run = 1; run < next.count(); run++) {
                made.add(new PlaygroundSession(next.config(run, a.config())));
            }
        } catch (IllegalArgumentException e) {
            notice = "The comparison was dropped: " + e.getMessage() + ".";
            return;
        }
        others.addAll(made);
        settings = next;
        restart();
    }

    /**
     * Adds a run with {@code overrides} of A's settings (one of {@link CompareSettings#KEYS} each), starting with the
     * others from epoch 0 (every run is reset, so that they stay in lock-step), and selects it.
     *
     * @throws IllegalArgumentException if there are {@link CompareSettings#MAX_RUNS} runs already, or the overrides
     *     do not fit A
     */
    public void add(Map<String, String> overrides) {
        CompareSettings next = settings.plus(overrides);
        PlaygroundSession made = new PlaygroundSession(next.config(next.count() - 1, a.config()));
        others.add(made);
        settings = next;
        selected = count() - 1;
        restart();
    }

    /**
     * Replaces the comparison by A and runs with {@code overrides} (each a map of {@link CompareSettings#KEYS}), all
     * from epoch 0; A's own settings stay. For the shortcuts.
     */
    public void compare(List<Map<String, String>> overrides) {
        restore(new CompareSettings(overrides));
        selected = 0;
    }

    /**
     * Removes run {@code run}. Removing A makes B the new A: the playground's session takes B's configuration
     * (it restarts from epoch 0 with it, as every run does then). Returns A's configuration afterwards.
     */
    public PlaygroundConfig remove(int run) {
        run(run);
        if (run == 0) {
            return keepOnly(1);
        }
        List<Map<String, String>> next = new ArrayList<>(settings.runs());
        next.remove(run - 1);
        others.remove(run - 1);
        settings = new CompareSettings(next);
        selected = Math.min(selected == run ? run - 1 : selected > run ? selected - 1 : selected, count() - 1);
        return a.config();
    }

    /**
     * Ends the comparison keeping run {@code run} as the single run: A takes its configuration (from epoch 0 when it
     * was another run). Returns that configuration, which the playground applies to its session.
     */
    public PlaygroundConfig keepOnly(int run) {
        PlaygroundConfig kept = run(run).config();
        others.clear();
        settings = CompareSettings.NONE;
        selected = 0;
        if (run != 0) {
            a.apply(kept);
            restart(a);
        }
        return a.config();
    }

    /**
     * An edit of the selected run's configuration: {@code edited} is its configuration with the user's change. Shared
     * settings go to every run, model and training settings to the selected run only (see the class comment).
     * Returns A's new configuration, which the caller applies to A's session (the playground does, so that its
     * own follow-up runs as for a single run); the other runs are updated here.
     */
    public PlaygroundConfig apply(PlaygroundConfig edited) {
        if (!active()) {
            return edited;
        }
        PlaygroundConfig oldA = a.config();
        List<String> lost = new ArrayList<>();
        PlaygroundConfig newA = edited;
        if (selected != 0) {
            // A keeps its model and training settings, as far as they fit the shared ones the edit brings.
            Map<String, String> own = closest(CompareSettings.overrides(edited, oldA), edited, "A", lost);
            newA = sameStart(CompareSettings.NONE.plus(own).config(1, edited), oldA);
        }
        List<Map<String, String>> next = new ArrayList<>();
        for (int run = 1; run < count(); run++) {
            PlaygroundConfig mine = run == selected ? edited : run(run).config();
            next.add(closest(CompareSettings.overrides(newA, mine), newA,
                    String.valueOf(CompareSettings.LETTERS.charAt(run)), lost));
        }
        CompareSettings updated = new CompareSettings(next);
        for (int run = 1; run < count(); run++) {
            run(run).apply(updated.config(run, newA));
        }
        if (!lost.isEmpty()) {
            notice = "Not every run could keep its settings with these data: " + String.join("; ", lost) + ".";
        }
        settings = updated;
        return newA;
    }

    /**
     * The comparison with every run starting from the weights it has now, for a link "with weights": each run's own
     * go into its {@code w}, unless they are A's (which the caller puts into A's configuration).
     */
    public CompareSettings settingsWithWeightsNow() {
        if (!active()) {
            return settings;
        }
        return overridesOf(run -> run.config().withWeights(run.parameters()));
    }

    /** The settings of A and the other runs as {@code configOf} gives each run's configuration: their differences. */
    private CompareSettings overridesOf(Function<PlaygroundSession, PlaygroundConfig> configOf) {
        PlaygroundConfig of = configOf.apply(a);
        List<Map<String, String>> runs = new ArrayList<>();
        for (PlaygroundSession run : others) {
            runs.add(CompareSettings.overrides(of, configOf.apply(run)));
        }
        return new CompareSettings(runs);
    }

    /**
     * The overrides of {@code wanted}, in order, that still fit {@code a} together; each one that does not is left
     * out (the run takes A's value) and named in {@code lost}.
     */
    private static Map<String, String> closest(Map<String, String> wanted, PlaygroundConfig a, String letter,
                                               List<String> lost) {
        Map<String, String> kept = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> e : wanted.entrySet()) {
            kept.put(e.getKey(), e.getValue());
            try {
                CompareSettings.NONE.plus(kept).config(1, a);
            } catch (IllegalArgumentException ex) {
                kept.remove(e.getKey());
                // Starting weights that no longer fit go as A's do when its network changes: without a word.
                if (!e.getKey().equals("w")) {
                    lost.add("run " + letter + " takes " + e.getKey() + " from the others");
                }
            }
        }
        return kept;
    }

    /** {@code next} with {@code previous}'s starting weights where they fit, else the seeded ones. */
    private static PlaygroundConfig sameStart(PlaygroundConfig next, PlaygroundConfig previous) {
        if (previous.hasWeights() && java.util.Arrays.equals(next.layerSizes(), previous.layerSizes())) {
            return next.withWeights(previous.weights());
        }
        return next.hasWeights() ? next.withWeights(null) : next;
    }

    /** Every run back to epoch 0 with its seeded initial weights (Reset). */
    public void reset() {
        a.reset();
        for (PlaygroundSession run : others) {
            run.reset();
        }
        startsChanged();
    }

    /**
     * A run's parameters were set by hand (a weight edited, an update applied, a model loaded): its configuration
     * now starts from them, and the runs' overrides follow, so that a run whose starting weights are not A's keeps
     * its own in the link ({@code w}), and one that starts from A's says nothing. A run that started from the seed's
     * weights while A now has its own is not told apart: a link starts it from A's, as it starts every run of A's
     * shape without weights of its own.
     */
    public void startsChanged() {
        if (!active()) {
            return;
        }
        settings = overridesOf(PlaygroundSession::config);
    }

    /**
     * After runs were made: every run back to epoch 0 from the starting weights its configuration holds (unlike
     * {@link #reset}, which goes back to the seed's), so that all start together as a link or a lesson set them up.
     */
    private void restart() {
        restart(a);
        for (PlaygroundSession run : others) {
            restart(run);
        }
    }

    private static void restart(PlaygroundSession run) {
        PlaygroundConfig config = run.config();
        if (config.hasWeights()) {
            run.apply(config.withWeights(null));
            run.apply(config);
        } else {
            run.reset();
        }
    }

    /**
     * Trains every other run that has not diverged up to A's epoch, one epoch of each in turn (lock-step). When A has
     * diverged, the others go on one epoch each per call instead. Returns whether any run trained.
     */
    public boolean catchUp() {
        boolean trained = false;
        int target = a.epoch();
        if (a.diverged()) {
            target = 0;
            for (PlaygroundSession run : others) {
                target = Math.max(target, run.epoch() + 1);
            }
        }
        boolean more = true;
        while (more) {
            more = false;
            for (PlaygroundSession run : others) {
                if (run.epoch() < target && !run.diverged() && run.trainCount() > 0) {
                    trained |= run.trainEpochs(1) > 0;
                    more |= run.epoch() < target && !run.diverged();
                }
            }
        }
        return trained;
    }

    /** One epoch of every run that has not diverged (Step). */
    public void step() {
        for (int run = 0; run < count(); run++) {
            run(run).trainEpochs(1);
        }
    }

    /** Whether every run has diverged (then Play has nothing to do). */
    public boolean allDiverged() {
        for (int run = 0; run < count(); run++) {
            if (!run(run).diverged()) {
                return false;
            }
        }
        return true;
    }

    /** The notice of the last change that removed runs or dropped the comparison, once; null when there is none. */
    public String takeNotice() {
        String said = notice;
        notice = null;
        return said;
    }
}
