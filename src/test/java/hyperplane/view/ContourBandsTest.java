package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.Expression2D;
import hyperplane.engine.ExpressionException;
import hyperplane.engine.Function2D;
import hyperplane.engine.Surface;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The contour levels adapt to f's range on the window. */
class ContourBandsTest {
    private static final double[] WINDOW = {-5, 5, -5, 5};

    private static ContourBands bands(String formula) throws ExpressionException {
        return new ContourBands(Expression2D.parse(formula), WINDOW);
    }

    private static Set<Integer> used(ContourBands b) {
        Set<Integer> out = new TreeSet<>();
        for (int j = 0; j < ContourBands.CELLS; j++) {
            for (int i = 0; i < ContourBands.CELLS; i++) {
                out.add(b.band(i, j));
            }
        }
        return out;
    }

    @Test
    void aScaledAndShiftedFunctionHasTheSameBands() throws ExpressionException {
        ContourBands small = bands("(x^2 + 10y^2) / 1000000");
        ContourBands large = bands("1000(x^2 + 10y^2) + 7");
        for (int j = 0; j < ContourBands.CELLS; j++) {
            for (int i = 0; i < ContourBands.CELLS; i++) {
                assertEquals(small.band(i, j), large.band(i, j), "cell " + i + ", " + j);
            }
        }
        assertEquals(ContourBands.BANDS, used(small).size(), "every band is used: " + used(small));
    }

    @Test
    void aPoleDoesNotFlattenTheRestAndUndefinedCellsAreMarked() throws ExpressionException {
        assertTrue(used(bands("1/(x^2 + y^2) + x")).size() >= ContourBands.BANDS - 1);
        ContourBands log = bands("ln(x) + y");
        assertEquals(ContourBands.UNDEFINED, log.band(0, 0), "x < 0");
        assertTrue(log.band(ContourBands.CELLS - 1, 0) >= 0);
        assertEquals(Set.of(0), used(bands("3")), "a flat f is one band");
    }

    @Test
    void theLowestBandIsAtTheMinimum() {
        Function2D valley = Surface.VALLEY.function(50);
        ContourBands b = new ContourBands(valley, Surface.VALLEY.window());
        int middle = ContourBands.CELLS / 2;
        assertEquals(0, b.band(middle, middle));
        assertEquals(ContourBands.BANDS - 1, b.band(0, 0), "a corner is high");
    }
}
