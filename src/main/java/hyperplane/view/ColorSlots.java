package hyperplane.view;

import java.util.Arrays;

/**
 * The index of a colour cache: 0xRRGGBB colours to slots of an open-addressing table of {@link #CAPACITY} slots
 * with linear probing, emptied when three quarters full (the views use a few dozen colours, so that never happens
 * in practice). The browser keeps each slot's CSS string as a JavaScript value, made once per colour; this class
 * decides where, so the probing is tested on the JVM.
 */
public final class ColorSlots {
    public static final int CAPACITY = 1024;

    private final int[] keys = new int[CAPACITY];
    private int size;
    private int generation;

    public ColorSlots() {
        Arrays.fill(keys, -1);
    }

    /**
     * The slot of {@code rgb}'s low 24 bits: {@code slot ≥ 0} when it has one, else {@code −(slot + 1)} for a slot
     * now claimed for it, whose value the caller makes. A full table is emptied first: {@link #generation} then
     * changes, and every value kept for a slot is stale.
     */
    public int slot(int rgb) {
        int key = rgb & 0xFFFFFF;
        int slot = (key * 0x9E3779B1 >>> 22) & (CAPACITY - 1);
        while (keys[slot] != -1) {
            if (keys[slot] == key) {
                return slot;
            }
            slot = (slot + 1) & (CAPACITY - 1);
        }
        if (size >= CAPACITY * 3 / 4) {
            Arrays.fill(keys, -1);
            size = 0;
            generation++;
            return slot(rgb);
        }
        keys[slot] = key;
        size++;
        return -(slot + 1);
    }

    /** How many times the table was emptied. */
    public int generation() {
        return generation;
    }

    /** The CSS string "#rrggbb" of {@code rgb}'s low 24 bits. */
    public static String css(int rgb) {
        String hex = Integer.toHexString(rgb & 0xFFFFFF);
        return "#000000".substring(0, 7 - hex.length()) + hex;
    }
}
