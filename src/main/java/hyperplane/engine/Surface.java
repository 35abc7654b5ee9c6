package hyperplane.engine;

/**
 * The built-in loss surfaces f(x, y) of the two-dimensional descent race, each with its gradient worked out by
 * hand, a window that shows its interesting part and a start that shows its lesson.
 * <ul>
 *   <li>{@link #VALLEY}: f = (x² + κ y²) / 2, a long valley whose condition number κ (the ratio of its
 *       curvatures) is a setting; its minimum is (0, 0);</li>
 *   <li>{@link #ROSENBROCK}: f = (1 − x)² + 100 (y − x²)², a curved banana-shaped valley, minimum (1, 1);</li>
 *   <li>{@link #SADDLE}: f = x² − y², a saddle at (0, 0), unbounded below along y;</li>
 *   <li>{@link #HIMMELBLAU}: f = (x² + y − 11)² + (x + y² − 7)², four minima of value 0, one at (3, 2).</li>
 * </ul>
 * κ is ignored by every surface but the valley.
 */
public enum Surface implements Keyed {
    VALLEY("valley", "Long valley", new double[] {-10, 10, -5, 5}, new double[] {-9, 3}),
    ROSENBROCK("rosenbrock", "Rosenbrock", new double[] {-2, 2, -1, 3}, new double[] {-1.5, 2.5}),
    SADDLE("saddle", "Saddle x² − y²", new double[] {-3, 3, -3, 3}, new double[] {-2.5, 0.01}),
    HIMMELBLAU("himmelblau", "Himmelblau", new double[] {-5, 5, -5, 5}, new double[] {0, 0});

    private final Tag tag;
    private final double[] window;
    private final double[] start;

    Surface(String key, String label, double[] window, double[] start) {
        this.tag = new Tag(key, label);
        this.window = window;
        this.start = start;
    }

    @Override
    public Tag tag() {
        return tag;
    }

    /** The part of the plane worth drawing: {xMin, xMax, yMin, yMax} (a copy). */
    public double[] window() {
        return window.clone();
    }

    /** The start that shows this surface's lesson: {x, y} (a copy). */
    public double[] start() {
        return start.clone();
    }

    /** This surface with condition number κ as a function of (x, y). */
    public Function2D function(double condition) {
        return new Function2D() {
            @Override
            public double value(double x, double y) {
                return Surface.this.value(x, y, condition);
            }

            @Override
            public void gradient(double x, double y, double[] out) {
                Surface.this.gradient(x, y, condition, out);
            }
        };
    }

    /** f(x, y) with condition number κ. */
    public double value(double x, double y, double condition) {
        return switch (this) {
            case VALLEY -> 0.5 * (x * x + condition * y * y);
            case ROSENBROCK -> (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x);
            case SADDLE -> x * x - y * y;
            case HIMMELBLAU -> (x * x + y - 11) * (x * x + y - 11) + (x + y * y - 7) * (x + y * y - 7);
        };
    }

    /** Writes ∂f/∂x into out[0] and ∂f/∂y into out[1]. */
    public void gradient(double x, double y, double condition, double[] out) {
        switch (this) {
            case VALLEY -> {
                out[0] = x;
                out[1] = condition * y;
            }
            case ROSENBROCK -> {
                out[0] = -2 * (1 - x) - 400 * x * (y - x * x);
                out[1] = 200 * (y - x * x);
            }
            case SADDLE -> {
                out[0] = 2 * x;
                out[1] = -2 * y;
            }
            case HIMMELBLAU -> {
                double a = x * x + y - 11;
                double b = x + y * y - 7;
                out[0] = 4 * x * a + 2 * b;
                out[1] = 2 * a + 4 * y * b;
            }
        }
    }
}
