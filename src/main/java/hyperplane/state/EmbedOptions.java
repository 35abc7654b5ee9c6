package hyperplane.state;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How the page shows itself when a course site embeds it (DESIGN.md §5, hash keys {@code embed},
 * {@code hide}, {@code lock}, {@code lesson}, {@code autoplay}), or a teacher projects it ({@code present}).
 *
 * @param embed    whether the page runs as an embed (compact layout, posts events to its parent)
 * @param hidden   control groups not shown, a subset of {@link #GROUPS}, kept in that order
 * @param locked   control groups shown but not changeable, a subset of {@link #GROUPS}, kept in that order
 * @param lesson   the lesson id to open, "" for none; only a–z, 0–9 and '-', at most 64 characters
 * @param autoplay whether training starts as soon as the page has loaded
 * @param present  projector mode: larger type, thicker lines and points, black on white
 */
public record EmbedOptions(boolean embed, Set<String> hidden, Set<String> locked, String lesson, boolean autoplay,
        boolean present) {
    /** The control groups that can be hidden or locked, in display order. */
    public static final List<String> GROUPS = List.of("data", "features", "network", "run", "output", "header");
    /** The longest lesson id. */
    public static final int MAX_LESSON = 64;

    /** A normal page: nothing hidden or locked, no lesson, no autoplay, not in projector mode. */
    public static final EmbedOptions NONE = new EmbedOptions(false, Set.of(), Set.of(), "", false);

    /** Checks the group names and the lesson id; stores the groups in {@link #GROUPS} order. */
    public EmbedOptions {
        hidden = canonical(hidden, "hidden");
        locked = canonical(locked, "locked");
        if (!isLessonId(lesson)) {
            throw new IllegalArgumentException("lesson (" + lesson + ") must be \"\" or up to " + MAX_LESSON
                    + " characters a-z, 0-9 and '-'");
        }
    }

    /** Options not in projector mode. */
    public EmbedOptions(boolean embed, Set<String> hidden, Set<String> locked, String lesson, boolean autoplay) {
        this(embed, hidden, locked, lesson, autoplay, false);
    }

    /** These options in projector mode ({@code present}) or not, everything else unchanged. */
    public EmbedOptions withPresent(boolean on) {
        return new EmbedOptions(embed, hidden, locked, lesson, autoplay, on);
    }

    /** Whether {@code id} is a valid {@link #lesson} value ("" included). */
    public static boolean isLessonId(String id) {
        if (id == null || id.length() > MAX_LESSON) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> canonical(Set<String> groups, String name) {
        if (groups == null) {
            throw new IllegalArgumentException(name + " (null) must be a set, empty for none");
        }
        for (String g : groups) {
            if (!GROUPS.contains(g)) {
                throw new IllegalArgumentException(name + " group (" + g + ") must be one of " + GROUPS);
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (String g : GROUPS) {
            if (groups.contains(g)) {
                out.add(g);
            }
        }
        return Collections.unmodifiableSet(out);
    }
}
