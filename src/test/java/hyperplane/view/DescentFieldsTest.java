package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import hyperplane.sim.DescentExplorer;
import hyperplane.sim.RegimePreset;
import hyperplane.state.DescentSettings;
import org.junit.jupiter.api.Test;

class DescentFieldsTest {
    private final DescentSettings defaults = DescentSettings.defaults();

    @Test
    void eachNumberFieldChangesItsOwnSetting() {
        assertEquals(1.5, DescentFields.Number.START.typed(defaults, "1.5").start());
        assertEquals(0.25, DescentFields.Number.RATE.typed(defaults, " 0.25 ").learningRate());
        assertEquals(1e-3, DescentFields.Number.THRESHOLD.typed(defaults, "0.001").threshold());
        assertEquals(12, DescentFields.Number.CAP.typed(defaults, "12").cap());
    }

    @Test
    void aRefusedValueIsNamedCapitalizedAndTheLastGoodOneStays() {
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> DescentFields.Number.RATE.typed(defaults, ""));
        assertEquals("Learning rate ε is empty: type a number. The last good value stays in use.",
                empty.getMessage());
        IllegalArgumentException cap = assertThrows(IllegalArgumentException.class,
                () -> DescentFields.Number.CAP.typed(defaults, "2.5"));
        assertEquals('T', cap.getMessage().charAt(0), cap.getMessage());
        assertEquals(true, cap.getMessage().endsWith(". The last good value stays in use."));
    }

    @Test
    void fieldsShowTheExplorersSettings() {
        DescentExplorer explorer = new DescentExplorer(defaults.withStart(3.25).withCap(40));
        assertEquals("3.25", DescentFields.Number.START.shown(explorer));
        assertEquals("40", DescentFields.Number.CAP.shown(explorer));
        assertEquals("0.1", DescentFields.Number.RATE.shown(explorer));
        assertEquals("0.00001", DescentFields.Number.THRESHOLD.shown(explorer));
        DescentExplorer fine = new DescentExplorer(defaults.withStart(-0.000123456789).withLearningRate(0.0000125)
                .withThreshold(1e-13));
        assertEquals("-0.000123456789", DescentFields.Number.START.shown(fine), "exact, so a field reads back");
        assertEquals("0.0000125", DescentFields.Number.RATE.shown(fine));
        assertEquals("1e-13", DescentFields.Number.THRESHOLD.shown(fine), "not rounded to 0");
    }

    @Test
    void theFormulasFieldIsEmptyWhileABuiltInFunctionIsUsed() throws hyperplane.engine.ExpressionException {
        DescentSettings custom = defaults.withExpression("x^2 + 1");
        assertEquals("x^2 + 1", DescentFields.expressionShown(new DescentExplorer(custom)));
        DescentExplorer builtIn = new DescentExplorer(custom.withBuiltIn(hyperplane.engine.BuiltInFunction.WAVY));
        assertEquals("", DescentFields.expressionShown(builtIn), "no stale formula beside a built-in function");
        assertEquals("x^2 + 1", builtIn.expressionText(), "remembered for when the user comes back to it");
    }

    @Test
    void idsFollowThePage() {
        assertEquals("gd-start", DescentFields.Number.START.id());
        assertEquals("gd-cap-error", DescentFields.Number.CAP.errorId());
        assertEquals("gd-expr-error", DescentFields.errorId(DescentFields.EXPRESSION));
    }

    @Test
    void sentencesForTheFormulaThePresetsAndReset() {
        assertEquals("Cannot use f(x): too steep. The last good plot stays.",
                DescentFields.expressionRefused(new IllegalArgumentException("too steep")));
        assertEquals("(choose “Your own f(x)” to see it)", DescentFields.derivative(""));
        assertEquals("2x", DescentFields.derivative("2x"));
        RegimePreset preset = RegimePreset.values()[0];
        assertEquals("ε = " + DescentTable.cell(preset.learningRate()) + " on (x − 2)² from 4.",
                DescentFields.presetApplied(preset));
        assertEquals("Back to x0 = 4.", DescentFields.backTo(4));
        assertEquals("", DescentFields.capitalized(""));
    }

    @Test
    void anUnreadableFormulaNamesTheCharacterAsPeopleCountIt() {
        try {
            defaults.withExpression("x +* 2");
        } catch (hyperplane.engine.ExpressionException e) {
            assertEquals("Cannot read f(x): unexpected '*' at character 4. The last good plot stays.",
                    DescentFields.expressionUnreadable(e));
            return;
        }
        throw new AssertionError("the formula should not parse");
    }
}
