package hyperplane.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.engine.BuiltInFunction;
import hyperplane.engine.ExpressionException;
import hyperplane.engine.GradientDescent;
import org.junit.jupiter.api.Test;

class DescentExplorerTest {

    @Test
    void startsOnTheQuadraticFromFour() {
        DescentExplorer e = new DescentExplorer();
        assertSame(BuiltInFunction.QUADRATIC, e.function());
        assertEquals("quadratic", e.functionKey());
        assertEquals(4, e.start());
        assertEquals(0.1, e.learningRate());
        assertEquals(0.00001, e.threshold());
        assertEquals(1000, e.cap());
        assertEquals(0, e.run().steps());
    }

    @Test
    void reproducesTheWorkedQuadraticExamples() {
        DescentExplorer e = new DescentExplorer();
        e.setLearningRate(0.01);
        e.step();
        e.step();
        e.step();
        assertEquals(3.96, e.run().x(1), 1e-15);
        assertEquals(3.9208, e.run().x(2), 1e-15);
        assertEquals(3.882384, e.run().x(3), 1e-15);
        e.setStart(0);
        assertEquals(0, e.run().steps(), "a new start begins a new run");
        e.step();
        e.step();
        e.step();
        assertEquals(0.04, e.run().x(1), 1e-15);
        assertEquals(0.0792, e.run().x(2), 1e-15);
        assertEquals(0.117616, e.run().x(3), 1e-15);
    }

    @Test
    void reproducesTheWorkedQuarticExample() {
        DescentExplorer e = new DescentExplorer();
        e.selectBuiltIn(BuiltInFunction.QUARTIC);
        assertEquals(6, e.start());
        e.setLearningRate(0.01);
        e.setCap(10000);
        assertEquals(GradientDescent.Status.CONVERGED, e.run().run());
        assertEquals(2.2499646074278457, e.run().x(), 1e-12);
    }

    @Test
    void typedFormulaKeepsTheStartAndDescends() throws ExpressionException {
        DescentExplorer e = new DescentExplorer();
        e.selectExpression(" (x-2)^2 ");
        assertEquals("custom", e.functionKey());
        assertEquals("(x-2)^2", e.expressionText());
        e.setLearningRate(0.01);
        e.step();
        assertEquals(3.96, e.run().x(1), 1e-15);
    }

    @Test
    void badFormulaKeepsTheLastGoodRun() throws ExpressionException {
        DescentExplorer e = new DescentExplorer();
        e.step();
        GradientDescent before = e.run();
        ExpressionException error = assertThrows(ExpressionException.class, () -> e.selectExpression("x^2 + )"));
        assertEquals(6, error.position());
        assertSame(before, e.run());
        assertEquals(1, e.run().steps());
        assertSame(BuiltInFunction.QUADRATIC, e.function());
    }

    @Test
    void rejectsBadValuesAndKeepsTheRun() {
        DescentExplorer e = new DescentExplorer();
        GradientDescent before = e.run();
        IllegalArgumentException rate = assertThrows(IllegalArgumentException.class, () -> e.setLearningRate(-1));
        assertTrue(rate.getMessage().contains("(-1)"), rate.getMessage());
        assertThrows(IllegalArgumentException.class, () -> e.setLearningRate(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> e.setStart(Double.POSITIVE_INFINITY));
        IllegalArgumentException far = assertThrows(IllegalArgumentException.class, () -> e.setStart(2000000));
        assertEquals("the start x0 (2000000) must be a number from -1000 to 1000", far.getMessage());
        assertThrows(IllegalArgumentException.class, () -> e.setCap(2.5));
        assertThrows(IllegalArgumentException.class, () -> e.setThreshold(-0.1));
        assertThrows(IllegalArgumentException.class, () -> e.setThreshold(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> e.setCap(0));
        assertSame(before, e.run());
    }

    @Test
    void stepStopsWhenTheRunIsOver() {
        DescentExplorer e = new DescentExplorer();
        e.applyPreset(RegimePreset.ONE_STEP);
        assertTrue(e.step());
        assertTrue(e.step());
        assertFalse(e.step());
        e.reset();
        assertEquals(0, e.run().steps());
    }

    @Test
    void plotRangeShowsTheStart() throws ExpressionException {
        DescentExplorer e = new DescentExplorer();
        assertEquals(-1, e.plotXMin());
        assertEquals(5, e.plotXMax());
        e.setStart(9);
        assertEquals(9.5, e.plotXMax());
        e.selectExpression("x^2");
        assertEquals(-5, e.plotXMin());
    }

    @Test
    void parsesPlainNumbersOnly() {
        assertEquals(0.01, DescentExplorer.parseNumber("ε", " 0.01 "));
        assertEquals(-2e-3, DescentExplorer.parseNumber("ε", "-2e-3"));
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> DescentExplorer.parseNumber("Start x0", ""));
        assertEquals("Start x0 is empty: type a number", empty.getMessage());
        IllegalArgumentException word = assertThrows(IllegalArgumentException.class,
                () -> DescentExplorer.parseNumber("ε", "abc"));
        assertEquals("ε: \"abc\" is not a number", word.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DescentExplorer.parseNumber("ε", "NaN"));
        assertThrows(IllegalArgumentException.class, () -> DescentExplorer.parseNumber("ε", "1d"));
        assertThrows(IllegalArgumentException.class, () -> DescentExplorer.parseNumber("ε", "1..2"));
    }

    @Test
    void playsSlowlyAtFirstThenFaster() {
        assertEquals(0, DescentExplorer.stepsPerFrame(0, 1, false));
        assertEquals(0, DescentExplorer.stepsPerFrame(0, 3, false));
        assertEquals(1, DescentExplorer.stepsPerFrame(0, 4, false));
        assertEquals(1, DescentExplorer.stepsPerFrame(29, 1, true));
        assertEquals(1, DescentExplorer.stepsPerFrame(30, 1, false));
        assertEquals(1, DescentExplorer.stepsPerFrame(199, 3, false));
        assertEquals(5, DescentExplorer.stepsPerFrame(200, 3, false));
    }

    @Test
    void toTheEndTakesEveryRemainingStepAndNoMore() {
        DescentExplorer e = new DescentExplorer();
        e.step();
        assertEquals(48, e.toEnd(), "(x − 2)² from 4 at 0.1 converges after 49 steps");
        assertEquals(49, e.run().steps());
        assertTrue(e.run().isFinished());
        assertEquals(0, e.toEnd(), "a finished run takes no step");
        e.applyPreset(RegimePreset.OSCILLATING);
        assertEquals(DescentExplorer.DEFAULT_CAP, e.toEnd(), "an oscillating run stops at the cap");
    }

    @Test
    void playTakesTheFramesStepsAndStopsAtTheEndOfTheRun() {
        DescentExplorer e = new DescentExplorer();
        assertEquals(0, e.play(1, false));
        assertEquals(0, e.run().steps());
        assertEquals(1, e.play(4, false));
        assertEquals(1, e.run().steps());
        for (int frame = 0; frame < 2000 && !e.run().isFinished(); frame++) {
            e.play(frame, true);
        }
        int steps = e.run().steps();
        assertTrue(e.run().isFinished());
        e.play(4, false);
        assertEquals(steps, e.run().steps());
    }

    @Test
    void derivativeTextOnlyForATypedFormula() throws ExpressionException {
        DescentExplorer e = new DescentExplorer();
        assertEquals("", e.derivativeText());
        e.selectExpression("x^2");
        assertFalse(e.derivativeText().isEmpty());
    }
}
