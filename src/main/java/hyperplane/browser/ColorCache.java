package hyperplane.browser;

import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSString;

/**
 * 0xRRGGBB colours to their CSS strings as JavaScript values, made once per colour: an open-addressing
 * table of {@link #CAPACITY} slots with linear probing, emptied when three quarters full (the views use a
 * few dozen colours, so that never happens in practice).
 */
final class ColorCache {
    private static final int CAPACITY = 1024;

    private final int[] keys = new int[CAPACITY];
    private final JSObject[] values = new JSObject[CAPACITY];
    private int size;

    ColorCache() {
        java.util.Arrays.fill(keys, -1);
    }

    /** The CSS string "#rrggbb" of {@code rgb}'s low 24 bits. */
    JSObject get(int rgb) {
        int key = rgb & 0xFFFFFF;
        int slot = (key * 0x9E3779B1 >>> 22) & (CAPACITY - 1);
        while (keys[slot] != -1) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & (CAPACITY - 1);
        }
        if (size >= CAPACITY * 3 / 4) {
            java.util.Arrays.fill(keys, -1);
            java.util.Arrays.fill(values, null);
            size = 0;
            return get(rgb);
        }
        JSObject value = JSString.valueOf(HtmlCanvas.css(key));
        keys[slot] = key;
        values[slot] = value;
        size++;
        return value;
    }
}
