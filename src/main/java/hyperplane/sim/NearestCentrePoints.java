package hyperplane.sim;

import hyperplane.data.Dataset;
import hyperplane.data.ProblemType;
import hyperplane.engine.SeededRandom;
import hyperplane.state.PerceptronSettings;

/**
 * The Perceptron view's random K-class points, separable by the multi-class perceptron's max rule by construction:
 * each point takes the class of the nearest of K random centres (see {@link #generate}).
 */
public final class NearestCentrePoints {
    /** How many points each class has. */
    public static final int PER_CLASS = 8;
    /** The smallest distance between two centres. */
    public static final double CENTRE_SPACING = 0.25;
    /** The smallest distance of a point from the edge of its class's cell. */
    public static final double MARGIN = 0.1;

    private NearestCentrePoints() {
    }

    /**
     * {@value #PER_CLASS}·K points uniform on the unit square, each labelled by the nearest of K centres
     * drawn uniformly from [0.15, 0.85]², each at least {@value #CENTRE_SPACING} from those before it (at most 1000
     * draws each, then kept). The nearest centre μ_c is the one with the largest 2μ_c·x − |μ_c|², a linear score,
     * so the rows w_c = (2μ_c, −|μ_c|²) put every point in its class's region: separable by construction. A point
     * within {@value #MARGIN} of a cell's edge, or whose class already has its
     * {@value #PER_CLASS} points, is drawn again (at most 1000 draws per point, then kept), so every class
     * has its share unless a cell is too small to hold it.
     *
     * @throws IllegalArgumentException if k is not in 2..{@link PerceptronSettings#MAX_CLASSES}
     */
    public static Dataset generate(int seed, int k) {
        if (k < 2 || k > PerceptronSettings.MAX_CLASSES) {
            throw new IllegalArgumentException("k (" + k + ") must be in 2.." + PerceptronSettings.MAX_CLASSES);
        }
        SeededRandom random = new SeededRandom(seed);
        double[] centres = new double[2 * k];
        for (int c = 0; c < k; c++) {
            int tries = 0;
            do {
                centres[2 * c] = random.nextDouble(0.15, 0.85);
                centres[2 * c + 1] = random.nextDouble(0.15, 0.85);
            } while (closestCentre(centres, c) < CENTRE_SPACING && ++tries < 1000);
        }
        int n = PER_CLASS * k;
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] labels = new double[n];
        boolean[] train = new boolean[n];
        int[] perClass = new int[k];
        for (int i = 0; i < n; i++) {
            int tries = 0;
            int c;
            boolean refused;
            do {
                x1[i] = random.nextDouble();
                x2[i] = random.nextDouble();
                c = nearest(centres, k, x1[i], x2[i]);
                refused = perClass[c] >= PER_CLASS || edgeDistance(centres, k, c, x1[i], x2[i])
                        < MARGIN;
            } while (refused && ++tries < 1000);
            perClass[c]++;
            labels[i] = c;
            train[i] = true;
        }
        return Dataset.of(x1, x2, labels, train, ProblemType.CLASSIFICATION);
    }

    /** The distance from centre c to the nearest centre before it (infinite for the first). */
    private static double closestCentre(double[] centres, int c) {
        double best = Double.POSITIVE_INFINITY;
        for (int j = 0; j < c; j++) {
            best = Math.min(best, Math.hypot(centres[2 * c] - centres[2 * j], centres[2 * c + 1] - centres[2 * j + 1]));
        }
        return best;
    }

    /** The class of the centre nearest (x, y); the lower class on a tie. */
    private static int nearest(double[] centres, int k, double x, double y) {
        int best = 0;
        for (int c = 1; c < k; c++) {
            if (squaredDistance(centres, c, x, y) < squaredDistance(centres, best, x, y)) {
                best = c;
            }
        }
        return best;
    }

    /**
     * The distance from (x, y), nearest to centre c, to the edge of c's cell: the least over the other centres j of
     * (|x − μ_j|² − |x − μ_c|²) / (2 |μ_j − μ_c|), the distance to the perpendicular bisector of μ_c and μ_j.
     */
    private static double edgeDistance(double[] centres, int k, int c, double x, double y) {
        double least = Double.POSITIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            if (j != c) {
                double gap = Math.hypot(centres[2 * j] - centres[2 * c], centres[2 * j + 1] - centres[2 * c + 1]);
                double d = (squaredDistance(centres, j, x, y) - squaredDistance(centres, c, x, y)) / (2 * gap);
                least = Math.min(least, d);
            }
        }
        return least;
    }

    private static double squaredDistance(double[] centres, int c, double x, double y) {
        double dx = x - centres[2 * c];
        double dy = y - centres[2 * c + 1];
        return dx * dx + dy * dy;
    }
}
