package hyperplane.engine;

/**
 * The project's one source of randomness: xoshiro128** (Blackman and Vigna, 2018) on 32-bit int
 * arithmetic, seeded through the splitmix32 mixer.
 *
 * <p>Why our own: TeaVM's {@code Random.nextInt(bound)} and {@code Collections.shuffle} differ
 * from the JDK's, and {@code long} is a BigInt (slow) in the JavaScript build. Everything here
 * uses int operations that behave identically on the JVM, in JavaScript and in WebAssembly, so a
 * seed reproduces the same data, weights and training run everywhere. Gaussians use
 * {@link Math#log} and {@link Math#sqrt}; log may differ by one ulp between runtimes.
 *
 * <p>Not thread-safe; pass one instance explicitly to whatever draws.
 */
public final class SeededRandom {
    private int s0;
    private int s1;
    private int s2;
    private int s3;
    private double spareGaussian;
    private boolean hasSpare;

    /** A generator whose whole sequence is determined by {@code seed}. */
    public SeededRandom(int seed) {
        int x = seed;
        x += 0x9E3779B9;
        s0 = mix(x);
        x += 0x9E3779B9;
        s1 = mix(x);
        x += 0x9E3779B9;
        s2 = mix(x);
        x += 0x9E3779B9;
        s3 = mix(x);
        if ((s0 | s1 | s2 | s3) == 0) {
            s0 = 1;
        }
    }

    private static int mix(int z) {
        z = (z ^ (z >>> 16)) * 0x85EBCA6B;
        z = (z ^ (z >>> 13)) * 0xC2B2AE35;
        return z ^ (z >>> 16);
    }

    /** The next 32 random bits. */
    public int nextInt() {
        int result = Integer.rotateLeft(s1 * 5, 7) * 9;
        int t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Integer.rotateLeft(s3, 11);
        return result;
    }

    /** A uniform double in [0, 1) with 53 random bits, built without {@code long}. */
    public double nextDouble() {
        int high = nextInt() >>> 5;  // 27 bits
        int low = nextInt() >>> 6;   // 26 bits
        return (high * 67108864.0 + low) * (1.0 / 9007199254740992.0);
    }

    /** A uniform double in [min, max). */
    public double nextDouble(double min, double max) {
        return min + (max - min) * nextDouble();
    }

    /**
     * A uniform int in [0, bound).
     *
     * @throws IllegalArgumentException if {@code bound <= 0}
     */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound (" + bound + ") must be > 0");
        }
        int r = (int) (nextDouble() * bound);
        return r < bound ? r : bound - 1;
    }

    /** A standard normal draw (Marsaglia's polar method; pairs are cached). */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = Math.sqrt(-2 * Math.log(s) / s);
        spareGaussian = v * factor;
        hasSpare = true;
        return u * factor;
    }

    /** A normal draw with the given mean and standard deviation. */
    public double nextGaussian(double mean, double standardDeviation) {
        return mean + standardDeviation * nextGaussian();
    }

    /** Shuffles {@code values[0..length)} in place (Fisher–Yates, from the end). */
    public void shuffle(int[] values, int length) {
        for (int i = length - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
