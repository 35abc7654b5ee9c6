package hyperplane.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RegularizationTest {
    @Test
    void penaltiesAndDerivativesMatchFormulas() {
        assertEquals(0, Regularization.NONE.penalty(3), 0);
        assertEquals(0, Regularization.NONE.derivative(3), 0);
        assertEquals(3, Regularization.L1.penalty(-3), 0);
        assertEquals(-1, Regularization.L1.derivative(-3), 0);
        assertEquals(1, Regularization.L1.derivative(0.1), 0);
        assertEquals(0, Regularization.L1.derivative(0), 0);
        assertEquals(4.5, Regularization.L2.penalty(-3), 0);
        assertEquals(-3, Regularization.L2.derivative(-3), 0);
    }

    @Test
    void keysRoundTripAndUnknownKeyIsRejected() {
        for (Regularization r : Regularization.values()) {
            assertSame(r, Regularization.fromKey(r.key()));
        }
        for (Initialization i : Initialization.values()) {
            assertSame(i, Initialization.fromKey(i.key()));
        }
        assertThrows(IllegalArgumentException.class, () -> Regularization.fromKey("l3"));
        assertThrows(IllegalArgumentException.class, () -> Initialization.fromKey("ones"));
    }
}
