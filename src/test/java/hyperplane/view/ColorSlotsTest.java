package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ColorSlotsTest {
    private final ColorSlots slots = new ColorSlots();

    @Test
    void aNewColourClaimsASlotThatItFindsAgain() {
        int claimed = slots.slot(0x2C6FB7);
        assertTrue(claimed < 0);
        assertEquals(-claimed - 1, slots.slot(0x2C6FB7));
        assertEquals(-claimed - 1, slots.slot(0xFF2C6FB7), "only the low 24 bits count");
    }

    @Test
    void collidingColoursGetDistinctSlots() {
        Set<Integer> seen = new HashSet<>();
        for (int rgb = 0; rgb < 700; rgb++) {
            int s = slots.slot(rgb * 4099);
            assertTrue(s < 0);
            assertTrue(seen.add(-s - 1), "slot reused for colour " + rgb);
        }
        assertEquals(0, slots.generation());
    }

    @Test
    void aFullTableIsEmptiedAndItsGenerationChanges() {
        for (int rgb = 0; rgb < ColorSlots.CAPACITY * 3 / 4; rgb++) {
            slots.slot(rgb);
        }
        assertEquals(0, slots.generation());
        assertTrue(slots.slot(0xABCDEF) < 0);
        assertEquals(1, slots.generation());
        assertTrue(slots.slot(1) < 0, "forgotten when emptied");
    }

    @Test
    void cssIsSixLowerCaseHexDigits() {
        assertEquals("#2c6fb7", ColorSlots.css(0x2C6FB7));
        assertEquals("#000000", ColorSlots.css(0));
        assertEquals("#0000ff", ColorSlots.css(0xFF0000FF));
    }
}
