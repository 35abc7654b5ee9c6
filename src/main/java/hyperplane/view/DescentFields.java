package hyperplane.view;

import hyperplane.engine.ExpressionException;
import hyperplane.sim.DescentExplorer;
import hyperplane.sim.RegimePreset;
import hyperplane.state.Decimals;
import hyperplane.state.DescentSettings;

/**
 * The gradient-descent explorer's fields and sentences, apart from the DOM so that the JVM tests them: each number
 * field's ids, name, setting and shown value, the message beside a refused field, and what a screen reader hears
 * after a preset or a reset. A refused value changes nothing: the message says the last good one stays. A field
 * shows its value exactly, as the shortest decimal that reads back to it ("0.00001", never "1.00e-5" or "1.0E-5").
 */
public final class DescentFields {
    /** The formula's field and the element holding its message. */
    public static final String EXPRESSION = "gd-expr";
    /** What the formula's field says while it is empty (a built-in function is in use). */
    public static final String EXPRESSION_PLACEHOLDER = "e.g. x^2 - 2x, then Enter";

    private DescentFields() {
    }

    /** A number field of the explorer: its input's id, its name in messages, and the setting it changes. */
    public enum Number {
        START("gd-start", "Start x0") {
            @Override
            public DescentSettings with(DescentSettings settings, double value) {
                return settings.withStart(value);
            }

            @Override
            public String shown(DescentExplorer explorer) {
                return Decimals.text(explorer.start());
            }
        },
        RATE("gd-rate", "Learning rate ε") {
            @Override
            public DescentSettings with(DescentSettings settings, double value) {
                return settings.withLearningRate(value);
            }

            @Override
            public String shown(DescentExplorer explorer) {
                return Decimals.text(explorer.learningRate());
            }
        },
        THRESHOLD("gd-threshold", "Threshold") {
            @Override
            public DescentSettings with(DescentSettings settings, double value) {
                return settings.withThreshold(value);
            }

            @Override
            public String shown(DescentExplorer explorer) {
                return Decimals.text(explorer.threshold());
            }
        },
        CAP("gd-cap", "Step cap") {
            @Override
            public DescentSettings with(DescentSettings settings, double value) {
                return settings.withCap(value);
            }

            @Override
            public String shown(DescentExplorer explorer) {
                return Integer.toString(explorer.cap());
            }
        };

        private final String id;
        private final String name;

        Number(String id, String name) {
            this.id = id;
            this.name = name;
        }

        /** The input's id. */
        public String id() {
            return id;
        }

        /** The id of the element that holds the field's message. */
        public String errorId() {
            return DescentFields.errorId(id);
        }

        /** The settings with this field's value {@code value}, checked by the settings' withX. */
        public abstract DescentSettings with(DescentSettings settings, double value);

        /** The field's text for the explorer's current settings. */
        public abstract String shown(DescentExplorer explorer);

        /**
         * The settings with the text typed into this field.
         *
         * @throws IllegalArgumentException with the message to show beside the field, if the text is no number
         *     or the settings refuse it
         */
        public DescentSettings typed(DescentSettings settings, String text) {
            try {
                return with(settings, DescentExplorer.parseNumber(name, text));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(capitalized(e.getMessage()) + ". The last good value stays in use.",
                        e);
            }
        }
    }

    /** The id of the element holding the message of the field {@code inputId}. */
    public static String errorId(String inputId) {
        return inputId + "-error";
    }

    static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The message beside the formula's field when the settings refuse it (its value cannot be plotted). */
    public static String expressionRefused(IllegalArgumentException e) {
        return "Cannot use f(x): " + e.getMessage() + ". The last good plot stays.";
    }

    /** The message beside the formula's field when it cannot be read (it names the character, counted from 1). */
    public static String expressionUnreadable(ExpressionException e) {
        return "Cannot read f(x): " + e.getMessage() + ". The last good plot stays.";
    }

    /**
     * The text of the formula's field: the typed formula in use, or nothing while a built-in function is chosen (the
     * field then shows {@link #EXPRESSION_PLACEHOLDER}), so it never shows a formula that is not the one plotted.
     * Choosing "Your own f(x)" again brings back the last formula typed.
     */
    public static String expressionShown(DescentExplorer explorer) {
        return explorer.functionKey().equals(DescentExplorer.CUSTOM) ? explorer.expressionText() : "";
    }

    /** The derivative shown under the formula, or where to find it when a built-in function is chosen. */
    public static String derivative(String derivative) {
        return derivative.isEmpty() ? "(choose “Your own f(x)” to see it)" : derivative;
    }

    /** Said after a preset. */
    public static String presetApplied(RegimePreset preset) {
        return "ε = " + DescentTable.cell(preset.learningRate()) + " on (x − 2)² from 4.";
    }

    /** Said after Reset. */
    public static String backTo(double start) {
        return "Back to x0 = " + DescentTable.cell(start) + ".";
    }
}
