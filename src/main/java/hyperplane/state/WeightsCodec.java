package hyperplane.state;

/**
 * The network's parameters in a link, bit for bit: each value as IEEE 754 binary64 in 8 bytes, big-endian (sign
 * and exponent first, as {@link Double#doubleToRawLongBits} numbers the bits), the values one after another in array
 * order, and those bytes as base64url (RFC 4648 §5: alphabet A–Z a–z 0–9 {@code -} {@code _}, no padding).
 *
 * <p>So n values take 8n bytes and {@link #encodedLength encodedLength(n)} = ⌈32n/3⌉ characters: 11 for one value,
 * 267 for 25, 21,003 for 1,969. For example 1.0 is the bytes {@code 3F F0 00 00 00 00 00 00}, whose 64 bits in
 * groups of six are 15, 63, then zeros (the last group filled out with two zero bits), which is
 * {@code P_AAAAAAAAA}.
 *
 * <p>The encoding is canonical and {@link #decode} is strict, so a link holds exactly one spelling of each set of
 * parameters: it refuses a character outside the alphabet (also {@code +}, {@code /} and {@code =} of plain
 * base64), a length other than the encoding length of the expected count, non-zero spare bits in the last
 * character, and NaN or ±∞ (which no trained network should be shared with). −0.0 and subnormals travel unchanged.
 * Only int arithmetic is used apart from one bits-to-double conversion per value, since long is slow in the
 * compiled page.
 */
public final class WeightsCodec {
    /** The most values whose encoding length still fits in an int: 3 · ⌊(2³¹ − 1 − 22) / 32⌋ + 2. */
    static final int MAX_COUNT = 201_326_591;

    private WeightsCodec() {
    }

    /**
     * The number of characters {@link #encode} writes for {@code count} values: ⌈32 · count / 3⌉, that is
     * 32 ⌊count/3⌋ plus 0, 11 or 22 for count mod 3 = 0, 1, 2.
     *
     * @throws IllegalArgumentException if {@code count} is negative or over {@value #MAX_COUNT}
     */
    public static int encodedLength(int count) {
        if (count < 0 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count (" + count + ") must be in 0.." + MAX_COUNT);
        }
        int rest = count % 3;
        return 32 * (count / 3) + (rest == 0 ? 0 : rest == 1 ? 11 : 22);
    }

    /**
     * The values as base64url of their big-endian binary64 bytes (see the class comment); "" for none.
     *
     * @throws IllegalArgumentException if {@code values} is null, holds more than {@value #MAX_COUNT} values, or
     *     holds NaN or ±∞ (naming the first such index), since {@link #decode} would refuse the text
     */
    public static String encode(double[] values) {
        if (values == null) {
            throw new IllegalArgumentException("values (null) must be given");
        }
        if (values.length > MAX_COUNT) {
            throw new IllegalArgumentException("values.length (" + values.length + ") must be at most " + MAX_COUNT);
        }
        byte[] bytes = new byte[8 * values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("values[" + i + "] (" + v + ") must be finite");
            }
            long bits = Double.doubleToRawLongBits(v);
            putInt(bytes, 8 * i, (int) (bits >>> 32));
            putInt(bytes, 8 * i + 4, (int) bits);
        }
        return PointsCodec.base64(bytes);
    }

    /**
     * The {@code count} values in {@code text}, bit for bit as {@link #encode} was given them.
     *
     * @throws FormatException whose message is the reason only (the caller adds which key it was): a length other
     *     than {@link #encodedLength encodedLength(count)} (saying how many values the text holds and how many the
     *     network has), the first character outside the alphabet and its 1-based position, stray bits in the last
     *     character, or the 0-based index of the first NaN or infinite value
     * @throws IllegalArgumentException if {@code text} is null or {@code count} is out of range (see
     *     {@link #encodedLength})
     */
    public static double[] decode(String text, int count) throws FormatException {
        int expected = encodedLength(count);
        if (text == null) {
            throw new IllegalArgumentException("text (null) must be given");
        }
        int length = text.length();
        if (length != expected) {
            // Whole bytes in the text: 3 per 4 characters, then 0, 0, 1 or 2 for 0..3 characters left over.
            int bytes = length / 4 * 3 + (length % 4 == 0 ? 0 : length % 4 - 1);
            int extra = bytes % 8;
            throw new FormatException("holds " + bytes / 8 + (bytes / 8 == 1 ? " value" : " values")
                    + (extra == 0 ? "" : " and " + extra + (extra == 1 ? " byte" : " bytes")) + ", the network has "
                    + count + " (" + length + (length == 1 ? " character" : " characters") + ", not " + expected
                    + ")");
        }
        byte[] bytes = PointsCodec.unbase64(text);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            int hi = getInt(bytes, 8 * i);
            int lo = getInt(bytes, 8 * i + 4);
            // Exponent bits all ones: ±∞ when the 52 fraction bits are zero, NaN otherwise.
            if ((hi & 0x7FF00000) == 0x7FF00000) {
                boolean infinite = (hi & 0x000FFFFF) == 0 && lo == 0;
                throw new FormatException("the value at index " + i + " is " + (infinite ? "infinite" : "NaN"));
            }
            values[i] = Double.longBitsToDouble(((long) hi << 32) | (lo & 0xFFFFFFFFL));
        }
        return values;
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    private static int getInt(byte[] b, int at) {
        return (b[at] << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
