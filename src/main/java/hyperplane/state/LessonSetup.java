package hyperplane.state;

/**
 * What a lesson's "Set up this example" does to the state. A lesson's setup is written as a link's
 * {@code key=value&…} text (without {@code v=1}); {@link HashCodec} reads it from the defaults.
 *
 * <ul>
 *   <li>The view becomes the setup's view.</li>
 *   <li>A lesson whose example runs on the playground's network (the playground or the backprop inspector)
 *       sets the whole playground configuration: the defaults changed by the setup's keys, so an earlier
 *       setting cannot spoil the example, and the setup's comparison (a single run unless it names b, c or d).
 *       Any other lesson keeps the playground as it is, unless it sets up a comparison there to look at next.</li>
 *   <li>The settings of a view the setup names keys of (by prefix: {@code p.}, {@code act.}, {@code gd.}) are
 *       the defaults changed by those keys; the settings of the other views are kept.</li>
 *   <li>The embed options are kept, with the lesson set to this one.</li>
 * </ul>
 */
public final class LessonSetup {
    private LessonSetup() {
    }

    /**
     * The state after setting up lesson {@code lessonId}'s example from {@code current}.
     *
     * @throws IllegalArgumentException if the lesson id is not valid, or the setup text names a key or value
     *     the link codec ignores (a lesson's setup must be exact; the tests read every lesson's)
     */
    public static AppState apply(AppState current, String lessonId, String setup) {
        if (current == null || setup == null || lessonId == null || lessonId.isEmpty()
                || !EmbedOptions.isLessonId(lessonId)) {
            throw new IllegalArgumentException("current, setup and a lesson id (" + lessonId + ") must be given");
        }
        HashCodec.Decoded decoded = HashCodec.decode("v=1&" + setup);
        if (!decoded.notices().isEmpty()) {
            throw new IllegalArgumentException("lesson " + lessonId + "'s setup \"" + setup + "\" is not exact: "
                    + decoded.notices());
        }
        AppState example = decoded.state();
        boolean network = example.view().equals("playground") || example.view().equals("backprop");
        AppState next = current.withView(example.view());
        if (network || example.compare().active()) {
            next = next.withPlayground(example.playground()).withCompare(example.compare());
        }
        if (names(setup, "p.")) {
            next = next.withPerceptron(example.perceptron());
        }
        if (names(setup, "act.")) {
            next = next.withActivations(example.activations());
        }
        if (names(setup, "gd.")) {
            next = next.withDescent(example.descent());
        }
        if (names(setup, "bp.")) {
            next = next.withBackprop(example.backprop());
        }
        return withLesson(next, lessonId);
    }

    /** Whether the setup text names a key beginning with {@code prefix}. */
    private static boolean names(String setup, String prefix) {
        for (String part : setup.split("&", -1)) {
            if (part.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** {@code state} showing lesson {@code lessonId} ("" for none), everything else unchanged. */
    public static AppState withLesson(AppState state, String lessonId) {
        EmbedOptions e = state.embed();
        return state.withEmbed(new EmbedOptions(e.embed(), e.hidden(), e.locked(), lessonId, e.autoplay(),
                e.present()));
    }
}
