package hyperplane.view;

/**
 * Colour-vision checks for the tests: dichromacy simulated with the severity-1.0 matrices of Machado, Oliveira
 * and Fernandes (2009), applied to linear RGB; distances in simulated sRGB (0 … 441); relative luminance and the
 * WCAG contrast ratio (L1 + 0.05)/(L2 + 0.05).
 */
final class Dichromacy {
    static final double[][] PROTANOPIA =
        {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};
    static final double[][] DEUTERANOPIA =
        {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
    static final double[][] TRITANOPIA =
        {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}};
    static final double[][] NORMAL = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    static final double[][][] ALL = {PROTANOPIA, DEUTERANOPIA, TRITANOPIA};
    static final String[] NAMES = {"protanopia", "deuteranopia", "tritanopia"};

    private Dichromacy() {
    }

    /** The simulated colour as linear RGB, each channel clamped to 0 … 1. */
    static double[] simulate(double[][] m, int rgb) {
        double[] linear = {toLinear((rgb >> 16) & 0xFF), toLinear((rgb >> 8) & 0xFF), toLinear(rgb & 0xFF)};
        double[] out = new double[3];
        for (int r = 0; r < 3; r++) {
            double v = m[r][0] * linear[0] + m[r][1] * linear[1] + m[r][2] * linear[2];
            out[r] = Math.min(1, Math.max(0, v));
        }
        return out;
    }

    /** The sRGB distance (0 … 441) of two colours as a reader with matrix {@code m} sees them. */
    static double seenDistance(double[][] m, int a, int b) {
        return distance(simulate(m, a), simulate(m, b));
    }

    static double toLinear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double toSrgb(double linear) {
        return 255 * (linear <= 0.0031308 ? 12.92 * linear : 1.055 * Math.pow(linear, 1 / 2.4) - 0.055);
    }

    /** The sRGB distance of two linear-RGB colours. */
    static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double d = toSrgb(a[i]) - toSrgb(b[i]);
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    /** The relative luminance of a linear-RGB colour. */
    static double luminance(double[] linear) {
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    /** The relative luminance of a 0xRRGGBB colour. */
    static double luminance(int rgb) {
        return luminance(simulate(NORMAL, rgb));
    }

    /** The WCAG contrast ratio of two 0xRRGGBB colours, 1 … 21. */
    static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
}
