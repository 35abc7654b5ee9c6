package hyperplane.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The backprop inspector's settings and their place in the link.
 *
 * <table>
 * <caption>Keys</caption>
 * <tr><th>key</th><th>value</th><th>default</th></tr>
 * <tr><td>bp.point</td><td>the index of a point of the playground's data, 0..{@value #MAX_POINT}</td>
 *     <td>the first training point</td></tr>
 * <tr><td>bp.step</td><td>the step shown, 0..{@value #MAX_STEP} (the view clamps it to its walkthrough)</td>
 *     <td>0</td></tr>
 * <tr><td>bp.all</td><td>1 to show every step at once</td><td>0</td></tr>
 * </table>
 * Whether the point is a training point of the data can only be known with the data; the view checks that
 * and says so.
 *
 * @param point   the point's index in the playground's data, or −1 for the first training point
 * @param step    the step of the walkthrough
 * @param showAll whether every step is shown at once
 */
public record BackpropSettings(int point, int step, boolean showAll) {
    /** The link keys of this view. */
    public static final List<String> KEYS = List.of("bp.point", "bp.step", "bp.all");
    /** The largest point index (the most points a generated set has, less one). */
    public static final int MAX_POINT = 9999;
    /** The largest step index (far above the steps of the largest network offered). */
    public static final int MAX_STEP = 999;

    /** Checks the ranges; the message names the field and its value. */
    public BackpropSettings {
        if (point < -1 || point > MAX_POINT) {
            throw new IllegalArgumentException("point (" + point + ") must be in -1.." + MAX_POINT);
        }
        if (step < 0 || step > MAX_STEP) {
            throw new IllegalArgumentException("step (" + step + ") must be in 0.." + MAX_STEP);
        }
    }

    /** The first training point, step 0, one step at a time. */
    public static BackpropSettings defaults() {
        return new BackpropSettings(-1, 0, false);
    }

    public BackpropSettings withPoint(int next) {
        return new BackpropSettings(next, step, showAll);
    }

    public BackpropSettings withStep(int next) {
        return new BackpropSettings(point, next, showAll);
    }

    public BackpropSettings withShowAll(boolean next) {
        return new BackpropSettings(point, step, next);
    }

    /** Every key with its value in the link, "" for a default. */
    public Map<String, String> encode() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("bp.point", point < 0 ? "" : Integer.toString(point));
        out.put("bp.step", step == 0 ? "" : Integer.toString(step));
        out.put("bp.all", showAll ? "1" : "");
        return out;
    }

    /** Reads the bp.* keys of {@code given}; never throws: each unusable value keeps its default with a notice. */
    public static BackpropSettings decode(Map<String, String> given, List<String> notices) {
        BackpropSettings s = defaults();
        int point = whole(given, "bp.point", 0, MAX_POINT, notices);
        if (point >= 0) {
            s = s.withPoint(point);
        }
        int step = whole(given, "bp.step", 0, MAX_STEP, notices);
        if (step >= 0) {
            s = s.withStep(step);
        }
        String all = given.get("bp.all");
        if (all != null) {
            if (all.equals("0") || all.equals("1")) {
                s = s.withShowAll(all.equals("1"));
            } else {
                Ignored.note(notices, "bp.all", all, "must be 0 or 1");
            }
        }
        return s;
    }

    /** The whole number under {@code key} if it lies in [min, max]; −1 if absent or (with a notice) unusable. */
    private static int whole(Map<String, String> given, String key, int min, int max, List<String> notices) {
        String v = given.get(key);
        if (v == null) {
            return -1;
        }
        if (!Decimals.isInteger(v) || !Decimals.fitsInt(v) || Integer.parseInt(v) < min
                || Integer.parseInt(v) > max) {
            Ignored.note(notices, key, v, "not a whole number from " + min + " to " + max);
            return -1;
        }
        return Integer.parseInt(v);
    }
}
