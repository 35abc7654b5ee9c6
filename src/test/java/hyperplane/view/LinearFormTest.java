package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinearFormTest {
    private static final String[] XS = {"x₁", "x₂"};

    @Test
    void negativeTermsAreSubtractedWithTheMathematicalMinus() {
        assertEquals("−0.08·x₁ − 0.04·x₂ − 0.1", LinearForm.of(new String[] {"-0.08", "-0.04"}, XS, "-0.1"));
        assertEquals("0.5·x₁ + 1·x₂ − 0.25", LinearForm.of(new String[] {"0.5", "1"}, XS, "-0.25"));
        assertEquals("−2·x₁ + 3·x₂ + 0", LinearForm.of(new String[] {"-2", "3"}, XS, "0"));
    }

    @Test
    void neverWritesAPlusFollowedByAMinus() {
        String[] shown = {"-1", "1", "-0.001", "0", "2.5", "-3", "−4"};
        for (String a : shown) {
            for (String b : shown) {
                for (String c : shown) {
                    String form = LinearForm.of(new String[] {a, b}, XS, c);
                    assertFalse(form.contains("+ -") || form.contains("+ −") || form.contains("- -")
                            || form.contains("− −") || form.contains("-"), form);
                }
            }
        }
    }

    @Test
    void aMissingConstantOrAnEmptySumStillReads() {
        assertEquals("0.5·x₁ − 1·x₂", LinearForm.of(new String[] {"0.5", "-1"}, XS, null));
        assertEquals("−0.1", LinearForm.of(new String[0], new String[0], "-0.1"));
        assertEquals("0", LinearForm.of(new String[0], new String[0], null));
        assertThrows(IllegalArgumentException.class, () -> LinearForm.of(new String[] {"1"}, XS, "0"));
    }

    @Test
    void signsMagnitudesAndOperators() {
        assertTrue(LinearForm.negative("-0.5"));
        assertTrue(LinearForm.negative("−0.5"));
        assertFalse(LinearForm.negative("0.5"));
        assertFalse(LinearForm.negative(""));
        assertEquals("−0.5", LinearForm.minus("-0.5"));
        assertEquals("0.5", LinearForm.minus("0.5"));
        assertEquals("–", LinearForm.minus("–"), "the dash of a missing value is no minus");
        assertEquals("0.5", LinearForm.magnitude("-0.5"));
        assertEquals("1", LinearForm.magnitude("+1"));
        assertEquals("", LinearForm.operator(true, "2"));
        assertEquals("−", LinearForm.operator(true, "-2"));
        assertEquals(" + ", LinearForm.operator(false, "2"));
        assertEquals(" − ", LinearForm.operator(false, "-2"));
    }

    @Test
    void subscriptsWholeNumbers() {
        assertEquals("a₁", LinearForm.subscripted("a", 1));
        assertEquals("a₁₆", LinearForm.subscripted("a", 16));
        assertEquals("x₀", LinearForm.subscripted("x", 0));
        assertThrows(IllegalArgumentException.class, () -> LinearForm.subscripted("a", -1));
    }
}
