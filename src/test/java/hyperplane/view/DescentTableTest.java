package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hyperplane.engine.BuiltInFunction;
import hyperplane.engine.GradientDescent;
import org.junit.jupiter.api.Test;

class DescentTableTest {

    @Test
    void showsTheQuadraticFromFourExactly() {
        GradientDescent run = new GradientDescent(BuiltInFunction.QUADRATIC, 4, 0.01, 0.00001, 10000);
        run.step();
        run.step();
        run.step();
        assertEquals("4", DescentTable.cell(run.x(0)));
        assertEquals("3.96", DescentTable.cell(run.x(1)));
        assertEquals("3.9208", DescentTable.cell(run.x(2)));
        assertEquals("3.882384", DescentTable.cell(run.x(3)));
        assertEquals("3.8416", DescentTable.cell(run.value(1)));
        assertEquals("3.92", DescentTable.cell(run.derivative(1)));
    }

    @Test
    void showsTheQuadraticFromZeroExactly() {
        GradientDescent run = new GradientDescent(BuiltInFunction.QUADRATIC, 0, 0.01, 0.00001, 10000);
        run.step();
        run.step();
        run.step();
        assertEquals("0.04", DescentTable.cell(run.x(1)));
        assertEquals("0.0792", DescentTable.cell(run.x(2)));
        assertEquals("0.117616", DescentTable.cell(run.x(3)));
    }

    @Test
    void showsTheQuarticEndingNearNineQuarters() {
        GradientDescent run = new GradientDescent(BuiltInFunction.QUARTIC, 6, 0.01, 0.00001, 10000);
        run.run();
        assertEquals(70, run.steps());
        assertEquals("2.2499646", DescentTable.cell(run.x()));
    }

    @Test
    void writesTinyAndHugeNumbersScientifically() {
        assertEquals("2.50e-5", DescentTable.cell(0.000025));
        assertEquals("−1.23e7", DescentTable.cell(-12_300_000));
        assertEquals("−0.5", DescentTable.cell(-0.5));
        assertEquals("0", DescentTable.cell(0));
        assertEquals("0.0001", DescentTable.cell(0.0001));
    }

    @Test
    void writesNanAndInfinities() {
        assertEquals("NaN", DescentTable.cell(Double.NaN));
        assertEquals("∞", DescentTable.cell(Double.POSITIVE_INFINITY));
        assertEquals("−∞", DescentTable.cell(Double.NEGATIVE_INFINITY));
    }

    @Test
    void statusNamesTheOutcome() {
        GradientDescent run = new GradientDescent(BuiltInFunction.QUADRATIC, 4, 0.5, 0.00001, 1000);
        assertEquals("Ready: press Step, Play or To the end.", DescentTable.status(run));
        run.step();
        assertEquals("Running: 1 step so far, x = 2.", DescentTable.status(run));
        run.run();
        assertEquals("Converged after 2 steps: the last step was shorter than 0.00001. x = 2.",
                DescentTable.status(run));
        assertEquals("converged", DescentTable.statusKey(run));

        GradientDescent capped = new GradientDescent(BuiltInFunction.QUADRATIC, 4, 1, 0.00001, 3);
        capped.run();
        assertEquals("Hit the cap of 3 steps before converging. x = 0.", DescentTable.status(capped));
        assertEquals("cap", DescentTable.statusKey(capped));
    }
}
