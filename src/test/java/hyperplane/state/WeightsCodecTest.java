package hyperplane.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import hyperplane.engine.SeededRandom;
import org.junit.jupiter.api.Test;

class WeightsCodecTest {
    private static long[] bits(double[] values) {
        long[] b = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = Double.doubleToRawLongBits(values[i]);
        }
        return b;
    }

    private static double randomBits(SeededRandom r) {
        return Double.longBitsToDouble(((long) r.nextInt() << 32) | (r.nextInt() & 0xFFFFFFFFL));
    }

    @Test
    void roundTripKeepsEveryBit() throws FormatException {
        SeededRandom r = new SeededRandom(7);
        double[] special = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 0x1.0p-1030,
            -0x0.fffffffffffffp-1022, Double.MAX_VALUE, -Double.MAX_VALUE, 1.0, -1.0, 0.1, Math.PI};
        assertArrayEquals(bits(special), bits(WeightsCodec.decode(WeightsCodec.encode(special), special.length)));
        for (int count = 0; count < 60; count++) {
            double[] values = new double[count];
            for (int i = 0; i < count; i++) {
                double v = randomBits(r);
                values[i] = Double.isFinite(v) ? v : special[r.nextInt(special.length)];
            }
            String text = WeightsCodec.encode(values);
            assertEquals(WeightsCodec.encodedLength(count), text.length());
            assertArrayEquals(bits(values), bits(WeightsCodec.decode(text, count)));
        }
    }

    @Test
    void encodesBigEndianBinary64AsBase64url() throws FormatException {
        // 1.0 = 3F F0 00 00 00 00 00 00: six-bit groups 001111 111111 000000 ... = P _ A ...
        assertEquals("P_AAAAAAAAA", WeightsCodec.encode(new double[] {1.0}));
        // -2.0 = C0 00 .. 00, then 1.0: C0 00 00 | 00 00 00 | 00 00 3F | F0 00 00 | 00 00 00 | 00 00
        assertEquals("wAAAAAAAAAA_8AAAAAAAAA", WeightsCodec.encode(new double[] {-2.0, 1.0}));
        // -0.0 is the sign bit alone, kept as such.
        assertEquals("gAAAAAAAAAA", WeightsCodec.encode(new double[] {-0.0}));
        assertEquals("", WeightsCodec.encode(new double[0]));
        assertEquals(0x3FF0000000000000L, Double.doubleToRawLongBits(WeightsCodec.decode("P_AAAAAAAAA", 1)[0]));
    }

    @Test
    void encodedLengthIsTheCeilingOfThirtyTwoThirdsPerValue() {
        assertEquals(0, WeightsCodec.encodedLength(0));
        assertEquals(11, WeightsCodec.encodedLength(1));
        assertEquals(22, WeightsCodec.encodedLength(2));
        assertEquals(32, WeightsCodec.encodedLength(3));
        assertEquals(267, WeightsCodec.encodedLength(25));
        assertEquals(21003, WeightsCodec.encodedLength(1969));
        for (int n = 0; n < 1000; n++) {
            assertEquals((32 * n + 2) / 3, WeightsCodec.encodedLength(n));
        }
        assertEquals(2147483638, WeightsCodec.encodedLength(WeightsCodec.MAX_COUNT));
        assertEquals("count (-1) must be in 0..201326591",
                assertThrows(IllegalArgumentException.class, () -> WeightsCodec.encodedLength(-1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> WeightsCodec.encodedLength(WeightsCodec.MAX_COUNT + 1));
    }

    private static String error(String text, int count) {
        try {
            WeightsCodec.decode(text, count);
        } catch (FormatException e) {
            return e.getMessage();
        }
        return fail("accepted " + text);
    }

    @Test
    void decodesNothingFromEmptyTextForNoValues() throws FormatException {
        assertEquals(0, WeightsCodec.decode("", 0).length);
    }

    @Test
    void refusesCharactersOutsideTheUrlAlphabetNamingTheFirst() {
        String valid = WeightsCodec.encode(new double[] {1.0, 2.0, 3.0});
        for (char bad : new char[] {'+', '/', '=', '$', ' ', '.', '~', 'é'}) {
            String text = valid.substring(0, 5) + bad + valid.substring(6, 30) + bad + valid.substring(31);
            assertEquals("not base64url: character 6 is '" + bad + "'", error(text, 3));
        }
        assertEquals("not base64url: character 11 is '='", error("P_AAAAAAAA=", 1));
    }

    @Test
    void refusesTheWrongLengthSayingHowManyValuesEachSideHas() {
        String values24 = WeightsCodec.encode(new double[24]);
        assertEquals("holds 24 values, the network has 25 (256 characters, not 267)", error(values24, 25));
        assertEquals("holds 25 values, the network has 24 (267 characters, not 256)",
                error(WeightsCodec.encode(new double[25]), 24));
        assertEquals("holds 24 values and 4 bytes, the network has 25 (262 characters, not 267)",
                error(values24 + "AAAAAA", 25));
        assertEquals("holds 0 values, the network has 1 (0 characters, not 11)", error("", 1));
        assertEquals("holds 1 value and 1 byte, the network has 1 (12 characters, not 11)", error("P_AAAAAAAAAA", 1));
        assertEquals("holds 0 values and 7 bytes, the network has 1 (10 characters, not 11)", error("P_AAAAAAAA", 1));
        // Padding makes the text longer than the canonical form, so it is refused by its length.
        assertEquals("holds 1 value and 1 byte, the network has 1 (12 characters, not 11)", error("P_AAAAAAAAA=", 1));
    }

    @Test
    void refusesStrayBitsInTheLastCharacter() {
        // One value ends in a character of which only 4 bits are data (11 · 6 = 66 = 64 + 2 spare bits).
        assertEquals("not base64url: the last character has stray bits", error("P_AAAAAAAAB", 1));
        assertEquals("not base64url: the last character has stray bits", error("P_AAAAAAAAD", 1));
        // Two values: 22 characters, 132 bits = 128 + 4 spare.
        String two = WeightsCodec.encode(new double[] {1.0, 1.0});
        assertEquals("not base64url: the last character has stray bits",
                error(two.substring(0, 21) + "P", 2));
    }

    /** Base64url of {@code count} values that are all 1.0 except value {@code index}, whose bits are hi:lo. */
    private static String withBits(int count, int index, int hi, int lo) {
        byte[] bytes = new byte[8 * count];
        for (int i = 0; i < count; i++) {
            int h = i == index ? hi : 0x3FF00000;
            int l = i == index ? lo : 0;
            for (int k = 0; k < 4; k++) {
                bytes[8 * i + k] = (byte) (h >>> (24 - 8 * k));
                bytes[8 * i + 4 + k] = (byte) (l >>> (24 - 8 * k));
            }
        }
        return PointsCodec.base64(bytes);
    }

    @Test
    void refusesNanAndInfinityNamingTheIndex() throws FormatException {
        // 7F F8 00 .. 00, the quiet NaN: six-bit groups 011111 111111 100000 ... = f _ g ...
        assertEquals("the value at index 0 is NaN", error("f_gAAAAAAAA", 1));
        assertEquals("the value at index 0 is infinite", error("f_AAAAAAAAA", 1));
        assertEquals("the value at index 0 is infinite", error("__AAAAAAAAA", 1));
        assertEquals("the value at index 2 is NaN", error(withBits(3, 2, 0x7FF00000, 1), 3));
        assertEquals("the value at index 1 is NaN", error(withBits(25, 1, 0xFFF80000, 0), 25));
        assertEquals("the value at index 24 is infinite", error(withBits(25, 24, 0xFFF00000, 0), 25));
        assertEquals("the value at index 4 is NaN", error(withBits(5, 4, 0x7FFFFFFF, 0xFFFFFFFF), 5));
        // The largest finite exponent is fine.
        assertEquals(Double.MAX_VALUE, WeightsCodec.decode(withBits(2, 1, 0x7FEFFFFF, 0xFFFFFFFF), 2)[1]);
        assertEquals(1.0, WeightsCodec.decode(withBits(2, 1, 0x3FF00000, 0), 2)[1]);
    }

    @Test
    void encodeRefusesNullNanAndInfinity() {
        assertThrows(IllegalArgumentException.class, () -> WeightsCodec.encode(null));
        assertEquals("values[1] (NaN) must be finite", assertThrows(IllegalArgumentException.class,
                () -> WeightsCodec.encode(new double[] {0, Double.NaN})).getMessage());
        assertEquals("values[0] (-Infinity) must be finite", assertThrows(IllegalArgumentException.class,
                () -> WeightsCodec.encode(new double[] {Double.NEGATIVE_INFINITY})).getMessage());
    }

    @Test
    void decodeRefusesANegativeCountAndNullText() {
        assertEquals("count (-1) must be in 0..201326591",
                assertThrows(IllegalArgumentException.class, () -> WeightsCodec.decode("", -1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> WeightsCodec.decode(null, 0));
    }

    @Test
    void hostileTextOnlyEverThrowsFormatException() {
        SeededRandom r = new SeededRandom(9);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_+/=$ \u0000\uFFFF";
        for (int i = 0; i < 20_000; i++) {
            int count = r.nextInt(4);
            int length = r.nextInt(4) == 0 ? r.nextInt(50) : WeightsCodec.encodedLength(count);
            char[] c = new char[length];
            for (int k = 0; k < length; k++) {
                c[k] = alphabet.charAt(r.nextInt(r.nextInt(8) == 0 ? alphabet.length() : 64));
            }
            try {
                double[] values = WeightsCodec.decode(new String(c), count);
                assertEquals(count, values.length);
                for (double v : values) {
                    assertEquals(true, Double.isFinite(v));
                }
                assertEquals(new String(c), WeightsCodec.encode(values));
            } catch (FormatException e) {
                assertEquals(false, e.getMessage().isEmpty());
            } catch (RuntimeException e) {
                fail("threw " + e + " for " + new String(c), e);
            }
        }
    }
}
