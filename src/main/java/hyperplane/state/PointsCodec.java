package hyperplane.state;

import hyperplane.data.Dataset;
import hyperplane.data.DatasetKind;
import hyperplane.data.ProblemType;

/**
 * The hand-placed points in a link: bytes written as base64url (RFC 4648 §5, alphabet A–Z a–z 0–9 - _,
 * no padding).
 *
 * <p>Byte 0 says the record layout: 1 for classification, 2 for regression. Then one record per point,
 * all integers unsigned big-endian:
 * <ul>
 * <li>x1 as 16 bits: q = round((x1 − minX) / (maxX − minX) · 65535), clamped to 0..65535, over the
 *     dataset kind's domain ({@link DatasetKind#minX()} .. {@link DatasetKind#maxX()});</li>
 * <li>x2 the same way over minY .. maxY;</li>
 * <li>a flags byte: bit 1 = test split; for classification the class c in the other bits, c mod 2 in bit 0 and
 *     c div 2 in bits 2–4 (so class 1 is bit 0 alone, as it was when there were only classes 0 and 1, and classes
 *     up to {@link Dataset#MAX_CLASSES} − 1 fit); every other bit 0;</li>
 * <li>regression only: the label as 16 bits over [{@link #LABEL_MIN}, {@link #LABEL_MAX}], clamped.</li>
 * </ul>
 * So a classification point takes 5 bytes, a regression point 7; 2000 points make at most 18,668
 * characters. A decoded value v' = min + q · (max − min) / 65535 lies within (max − min) / 65535 of the
 * original (half that inside the range), and encoding v' gives q again, so encode ∘ decode ∘ encode =
 * encode. Points of classes 0 and 1 encode to the same bytes as before there were more classes, so old links
 * open unchanged.
 */
final class PointsCodec {
    static final double LABEL_MIN = -2;
    static final double LABEL_MAX = 2;
    private static final int CLASSIFICATION = 1;
    private static final int REGRESSION = 2;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private PointsCodec() {
    }

    /** The points as base64url, quantized over {@code domain}'s square. */
    static String encode(Dataset points, DatasetKind domain) {
        boolean regression = points.problemType() == ProblemType.REGRESSION;
        int record = regression ? 7 : 5;
        byte[] bytes = new byte[1 + points.size() * record];
        bytes[0] = (byte) (regression ? REGRESSION : CLASSIFICATION);
        int at = 1;
        for (int i = 0; i < points.size(); i++) {
            at = put16(bytes, at, quantize(points.x1(i), domain.minX(), domain.maxX()));
            at = put16(bytes, at, quantize(points.x2(i), domain.minY(), domain.maxY()));
            int flags = (points.isTrain(i) ? 0 : 2) | (regression ? 0 : classBits((int) points.label(i)));
            bytes[at++] = (byte) flags;
            if (regression) {
                at = put16(bytes, at, quantize(points.label(i), LABEL_MIN, LABEL_MAX));
            }
        }
        return base64(bytes);
    }

    /** The flags bits of class c: c mod 2 in bit 0, c div 2 in bits 2–4. */
    private static int classBits(int c) {
        return (c & 1) | ((c >> 1) << 2);
    }

    /**
     * The points in {@code text}, for a two-class (or regression) configuration of problem type {@code problem}
     * shown on {@code domain}: a point of class 2 or more is refused.
     *
     * @throws FormatException whose message is the reason only (the caller adds which key it was)
     */
    static Dataset decode(String text, DatasetKind domain, ProblemType problem) throws FormatException {
        return decode(text, domain, problem, 2);
    }

    /**
     * The points in {@code text} as {@link #decode(String, DatasetKind, ProblemType)} reads them, for a
     * configuration of {@code classes} classes: a point of class {@code classes} or more is refused.
     *
     * @throws FormatException whose message is the reason only (the caller adds which key it was)
     */
    static Dataset decode(String text, DatasetKind domain, ProblemType problem, int classes) throws FormatException {
        if (text.length() > (1 + PlaygroundConfig.MAX_POINTS * 7) * 4 / 3 + 4) {
            throw new FormatException("more than " + PlaygroundConfig.MAX_POINTS + " points");
        }
        byte[] bytes = unbase64(text);
        if (bytes.length == 0) {
            throw new FormatException("no layout byte");
        }
        int layout = bytes[0] & 0xFF;
        if (layout != CLASSIFICATION && layout != REGRESSION) {
            throw new FormatException("unknown layout " + layout);
        }
        ProblemType type = layout == REGRESSION ? ProblemType.REGRESSION : ProblemType.CLASSIFICATION;
        if (type != problem) {
            throw new FormatException(type.key() + " points, but the problem is " + problem.key());
        }
        int record = layout == REGRESSION ? 7 : 5;
        if ((bytes.length - 1) % record != 0) {
            throw new FormatException("cut off: " + (bytes.length - 1) + " bytes is not a whole number of "
                    + record + "-byte points");
        }
        int n = (bytes.length - 1) / record;
        if (n > PlaygroundConfig.MAX_POINTS) {
            throw new FormatException(n + " points, more than " + PlaygroundConfig.MAX_POINTS);
        }
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] labels = new double[n];
        boolean[] train = new boolean[n];
        int at = 1;
        for (int i = 0; i < n; i++) {
            x1[i] = dequantize(get16(bytes, at), domain.minX(), domain.maxX());
            x2[i] = dequantize(get16(bytes, at + 2), domain.minY(), domain.maxY());
            int flags = bytes[at + 4] & 0xFF;
            int allowed = layout == REGRESSION ? 2 : 0x1F;
            if ((flags & ~allowed) != 0) {
                throw new FormatException("point " + (i + 1) + " has unknown flags " + flags);
            }
            train[i] = (flags & 2) == 0;
            int c = (flags & 1) | ((flags >> 2) << 1);
            if (layout == CLASSIFICATION && c >= classes) {
                throw new FormatException("point " + (i + 1) + " is of class " + c + ", but there "
                        + (classes == 2 ? "are only classes 0 and 1" : "are " + classes + " classes, 0 to "
                        + (classes - 1)));
            }
            labels[i] = layout == REGRESSION ? dequantize(get16(bytes, at + 5), LABEL_MIN, LABEL_MAX) : c;
            at += record;
        }
        return Dataset.of(x1, x2, labels, train, type);
    }

    /** round((v − min) / (max − min) · 65535) clamped to 0..65535; NaN gives 0. */
    static int quantize(double v, double min, double max) {
        double q = Math.floor((v - min) / (max - min) * 65535 + 0.5);
        if (!(q > 0)) {
            return 0;
        }
        return q > 65535 ? 65535 : (int) q;
    }

    static double dequantize(int q, double min, double max) {
        return min + q * (max - min) / 65535;
    }

    private static int put16(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 8);
        b[at + 1] = (byte) v;
        return at + 2;
    }

    private static int get16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }

    static String base64(byte[] bytes) {
        StringBuilder sb = new StringBuilder((bytes.length * 4 + 2) / 3);
        for (int i = 0; i < bytes.length; i += 3) {
            int b0 = bytes[i] & 0xFF;
            int b1 = i + 1 < bytes.length ? bytes[i + 1] & 0xFF : 0;
            int b2 = i + 2 < bytes.length ? bytes[i + 2] & 0xFF : 0;
            int triple = (b0 << 16) | (b1 << 8) | b2;
            sb.append(ALPHABET.charAt(triple >>> 18)).append(ALPHABET.charAt((triple >>> 12) & 63));
            if (i + 1 < bytes.length) {
                sb.append(ALPHABET.charAt((triple >>> 6) & 63));
            }
            if (i + 2 < bytes.length) {
                sb.append(ALPHABET.charAt(triple & 63));
            }
        }
        return sb.toString();
    }

    /** The bytes of unpadded base64url text; refuses other characters, a bad length and non-zero spare bits. */
    static byte[] unbase64(String text) throws FormatException {
        int n = text.length();
        if (n % 4 == 1) {
            throw new FormatException("not base64url: " + n + " characters cannot hold whole bytes");
        }
        byte[] out = new byte[n * 3 / 4];
        int acc = 0;
        int bits = 0;
        int at = 0;
        for (int i = 0; i < n; i++) {
            int v = ALPHABET.indexOf(text.charAt(i));
            if (v < 0) {
                throw new FormatException("not base64url: character " + (i + 1) + " is '" + text.charAt(i) + "'");
            }
            acc = (acc << 6) | v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[at++] = (byte) (acc >>> bits);
                acc &= (1 << bits) - 1;
            }
        }
        if (acc != 0) {
            throw new FormatException("not base64url: the last character has stray bits");
        }
        return out;
    }
}
