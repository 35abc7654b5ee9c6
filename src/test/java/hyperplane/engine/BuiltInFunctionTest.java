package hyperplane.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BuiltInFunctionTest {
    @Test
    void derivativesMatchCentralDifferences() {
        double h = 1e-5;
        for (BuiltInFunction f : BuiltInFunction.all()) {
            for (double x = f.xMin() + 0.013; x < f.xMax(); x += 0.37) {
                if (f == BuiltInFunction.ABSOLUTE && Math.abs(x) < 2 * h) {
                    continue;
                }
                double numeric = (f.value(x + h) - f.value(x - h)) / (2 * h);
                double analytic = f.derivative(x);
                double error = Math.abs(numeric - analytic) / Math.max(1, Math.abs(analytic));
                assertTrue(error < 1e-6, f.key() + " at " + x + ": " + analytic + " vs " + numeric);
            }
        }
    }

    @Test
    void valuesAreTheStatedFormulas() {
        assertEquals(9, BuiltInFunction.QUADRATIC.value(5), 0.0);
        assertEquals(6, BuiltInFunction.QUADRATIC.derivative(5), 0.0);
        assertEquals(-8.54296875, BuiltInFunction.QUARTIC.value(2.25), 0.0);
        assertEquals(0, BuiltInFunction.QUARTIC.derivative(2.25), 0.0);
        assertEquals(16 - 12 + 2, BuiltInFunction.DOUBLE_WELL.value(2), 0.0);
        assertEquals(32 - 12 + 1, BuiltInFunction.DOUBLE_WELL.derivative(2), 0.0);
        assertEquals(-8, BuiltInFunction.SADDLE.value(-2), 0.0);
        assertEquals(0, BuiltInFunction.PLATEAU.value(0), 0.0);
        assertEquals(0, BuiltInFunction.ABSOLUTE.derivative(0), 0.0);
        assertEquals(-1, BuiltInFunction.WAVY.value(0), 0.0);
    }

    @Test
    void keysAreUniqueAndFindTheirFunction() {
        Set<String> keys = new HashSet<>();
        for (BuiltInFunction f : BuiltInFunction.all()) {
            assertTrue(keys.add(f.key()), f.key());
            assertSame(f, BuiltInFunction.byKey(f.key()));
            assertTrue(f.xMin() < f.suggestedStart() && f.suggestedStart() < f.xMax(), f.key());
        }
        assertSame(BuiltInFunction.DOUBLE_WELL, BuiltInFunction.byKey("double-well"));
        assertNull(BuiltInFunction.byKey("nope"));
        assertNull(BuiltInFunction.byKey(null));
        assertEquals("(x − 2)²", BuiltInFunction.QUADRATIC.name());
    }

    @Test
    void doubleWellEndsInTheWellOnTheStartsSide() {
        GradientDescent right = new GradientDescent(BuiltInFunction.DOUBLE_WELL, 2, 0.01, 1e-9, 10000);
        GradientDescent left = new GradientDescent(BuiltInFunction.DOUBLE_WELL, -2, 0.01, 1e-9, 10000);
        right.run();
        left.run();
        assertEquals(0, BuiltInFunction.DOUBLE_WELL.derivative(right.x()), 1e-6);
        assertEquals(0, BuiltInFunction.DOUBLE_WELL.derivative(left.x()), 1e-6);
        assertTrue(right.x() > 1 && left.x() < -1);
        assertTrue(left.value(left.steps()) < right.value(right.steps()));
    }
}
