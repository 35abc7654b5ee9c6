package hyperplane.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.SeededRandom;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class DecimalsTest {
    @Test
    void formatsLikeJavaScriptWithoutTrailingPointZero() {
        assertEquals("0", Decimals.format(0.0));
        assertEquals("-0", Decimals.format(-0.0));
        assertEquals("1", Decimals.format(1.0));
        assertEquals("-6", Decimals.format(-6.0));
        assertEquals("100", Decimals.format(100.0));
        assertEquals("-12.5", Decimals.format(-12.5));
        assertEquals("0.30000000000000004", Decimals.format(0.1 + 0.2));
        assertEquals("0.000001", Decimals.format(1e-6));
        assertEquals("1e-7", Decimals.format(1e-7));
        assertEquals("-1.25e-7", Decimals.format(-1.25e-7));
        assertEquals("100000000000000000000", Decimals.format(1e20));
        assertEquals("1e+21", Decimals.format(1e21));
        assertEquals("1.5e+300", Decimals.format(1.5e300));
        assertEquals("5e-324", Decimals.format(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", Decimals.format(Double.MAX_VALUE));
    }

    @Test
    void dropsTheDigitTooManyThatJdk17ToStringWrites() {
        // JDK 17's Double.toString writes these as 9.999999999999999E22 and 2.82879384806159008E17.
        assertEquals("1e+23", Decimals.format(1e23));
        assertEquals("282879384806159000", Decimals.format(2.82879384806159E17));
    }

    @Test
    void writesTheShortestDecimalThatReadsBackForRandomBits() {
        SeededRandom r = new SeededRandom(3);
        for (int i = 0; i < 30_000; i++) {
            double v = Double.longBitsToDouble(((long) r.nextInt() << 32) | (r.nextInt() & 0xFFFFFFFFL));
            if (!Double.isFinite(v)) {
                continue;
            }
            String s = Decimals.format(v);
            assertTrue(Decimals.isDecimal(s), s);
            assertTrue(s.length() <= 25, s);
            assertEquals(Double.doubleToRawLongBits(v), Double.doubleToRawLongBits(Decimals.parse(s)), s);
            int k = significantDigits(s);
            assertTrue(k == 1 || !readsBackWith(v, k - 1), () -> v + " written as " + s + " needs fewer digits");
        }
    }

    /**
     * Whether some decimal of k significant digits reads back as v: if one does, so does v's exact value rounded
     * down or up to k digits, since those are the k-digit decimals nearest to v on either side.
     */
    private static boolean readsBackWith(double v, int k) {
        BigDecimal exact = new BigDecimal(v);
        for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
            if (Double.parseDouble(exact.round(new MathContext(k, mode)).toString()) == v) {
                return true;
            }
        }
        return false;
    }

    private static int significantDigits(String s) {
        int e = s.indexOf('e');
        String digits = (e < 0 ? s : s.substring(0, e)).replace("-", "").replace(".", "");
        digits = digits.replaceAll("^0+", "").replaceAll("0+$", "");
        return Math.max(1, digits.length());
    }

    @Test
    void formatRefusesNanAndInfinity() {
        assertEquals("v (NaN) must be finite",
                assertThrows(IllegalArgumentException.class, () -> Decimals.format(Double.NaN)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Decimals.format(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> Decimals.format(Double.NEGATIVE_INFINITY));
    }
}
