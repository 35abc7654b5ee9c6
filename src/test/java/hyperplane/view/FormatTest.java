package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FormatTest {
    @Test
    void fixedKeepsTrailingZeros() {
        assertEquals("0.250", Format.fixed(0.25, 3));
        assertEquals("3", Format.fixed(3, 0));
        assertEquals("12.0", Format.fixed(11.96, 1));
        assertEquals("1.000", Format.fixed(0.99951, 3));
    }

    @Test
    void fixedRoundsHalfAwayFromZero() {
        assertEquals("0.13", Format.fixed(0.125, 2));
        assertEquals("-0.13", Format.fixed(-0.125, 2));
        assertEquals("-3", Format.fixed(-2.5, 0));
    }

    @Test
    void fixedDropsTheSignOfZero() {
        assertEquals("0.00", Format.fixed(-0.001, 2));
    }

    @Test
    void fixedWritesLargeWholeNumbersInFull() {
        assertEquals("12345678901.0", Format.fixed(12345678901.0, 1));
    }

    @Test
    void fixedWritesHugeValuesInShortScientificFormNeverJavasE() {
        assertEquals("1.00e308", Format.fixed(1e308, 3));
        assertEquals("-1.80e308", Format.fixed(-Double.MAX_VALUE, 0));
        assertEquals("1.00e15", Format.fixed(1e15, 2));
        assertEquals("999999999999999", Format.fixed(999999999999999.0, 0));
    }

    @Test
    void trimmedDropsTrailingZerosAndABarePoint() {
        assertEquals("0.08", Format.trimmed(0.08, 5));
        assertEquals("-0.1", Format.trimmed(-0.1, 2));
        assertEquals("1", Format.trimmed(0.9999, 2));
        assertEquals("0", Format.trimmed(-0.001, 2));
        assertEquals("12", Format.trimmed(12, 0));
        assertEquals("1.00e20", Format.trimmed(1e20, 2), "the scientific form keeps its digits");
        assertEquals("–", Format.trimmed(Double.NaN, 2));
    }

    @Test
    void fixedNamesSpecialValues() {
        assertEquals("–", Format.fixed(Double.NaN, 3));
        assertEquals("∞", Format.fixed(Double.POSITIVE_INFINITY, 3));
        assertEquals("−∞", Format.fixed(Double.NEGATIVE_INFINITY, 3));
    }

    @Test
    void rejectsTooManyDecimals() {
        assertThrows(IllegalArgumentException.class, () -> Format.fixed(1, 10));
    }

    @Test
    void lossSwitchesToScientificBelowAThousandth() {
        assertEquals("0.693", Format.loss(0.6931));
        assertEquals("0.001", Format.loss(0.001));
        assertEquals("2.50e-5", Format.loss(0.000025));
        assertEquals("1.00e-4", Format.loss(0.0000999999));
        assertEquals("0.000", Format.loss(0));
        assertEquals("–", Format.loss(Double.NaN));
    }

    @Test
    void lossOfADivergingRunStaysShort() {
        assertEquals("6.46e286", Format.loss(6.462588195477887E286));
        assertEquals("9999.000", Format.loss(9999));
        assertEquals("1.00e4", Format.loss(10000));
        assertEquals("∞", Format.loss(Double.POSITIVE_INFINITY));
    }

    @Test
    void scientificHasThreeSignificantDigits() {
        assertEquals("-1.23e7", Format.scientific(-12345678));
        assertEquals("1.00e-3", Format.scientific(0.00099999));
        assertEquals("0", Format.scientific(0));
    }
}
