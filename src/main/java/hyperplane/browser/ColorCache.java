package hyperplane.browser;

import hyperplane.view.ColorSlots;
import java.util.Arrays;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSString;

/**
 * 0xRRGGBB colours to their CSS strings as JavaScript values, made once per colour, in the slots
 * {@link ColorSlots} gives.
 */
final class ColorCache {
    private final ColorSlots slots = new ColorSlots();
    private final JSObject[] values = new JSObject[ColorSlots.CAPACITY];

    /** The CSS string "#rrggbb" of {@code rgb}'s low 24 bits. */
    JSObject get(int rgb) {
        int generation = slots.generation();
        int slot = slots.slot(rgb);
        if (slots.generation() != generation) {
            Arrays.fill(values, null);
        }
        if (slot >= 0) {
            return values[slot];
        }
        JSObject value = JSString.valueOf(ColorSlots.css(rgb));
        values[-slot - 1] = value;
        return value;
    }
}
