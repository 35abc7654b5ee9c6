package hyperplane.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.DatasetKind;
import hyperplane.engine.Activation;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LessonSetupTest {
    /** A user's own state: a changed playground, perceptron and descent settings, and embed options. */
    private static AppState mine() {
        PlaygroundConfig playground = PlaygroundConfig.defaults().withLearningRate(3).withSeed(42);
        EmbedOptions embed = new EmbedOptions(true, Set.of("data"), Set.of(), "", true, true);
        return AppState.defaults().withView("activations").withPlayground(playground).withEmbed(embed)
                .withPerceptron(PerceptronSettings.defaults().withLearningRate(5).withData(PerceptronSettings.Data.XOR))
                .withDescent(DescentSettings.defaults().withStart(1.5))
                .withActivations(new ActivationsSettings(Activation.RELU));
    }

    @Test
    void openingALessonKeepsProjectorMode() {
        assertTrue(LessonSetup.withLesson(mine(), "xor").embed().present());
        assertTrue(LessonSetup.withLesson(mine(), "").embed().present());
    }

    @Test
    void aPlaygroundLessonSetsTheWholePlaygroundFromTheDefaults() {
        AppState next = LessonSetup.apply(mine(), "xor", "data=xor&hidden=");
        assertEquals("playground", next.view());
        assertEquals(DatasetKind.XOR, next.playground().dataset());
        assertEquals(0, next.playground().hidden().length);
        assertEquals(PlaygroundConfig.defaults().learningRate(), next.playground().learningRate(), 0,
                "the user's learning rate would spoil the example");
        assertEquals(PlaygroundConfig.defaults().seed(), next.playground().seed());
        assertEquals(mine().perceptron(), next.perceptron(), "the other views keep their settings");
        assertEquals(mine().descent(), next.descent());
        assertEquals(mine().activations(), next.activations());
    }

    @Test
    void anotherViewsLessonKeepsThePlaygroundAndReplacesOnlyItsOwnSettings() {
        AppState next = LessonSetup.apply(mine(), "perceptron", "view=perceptron&p.data=seven");
        assertEquals("perceptron", next.view());
        assertEquals(mine().playground(), next.playground());
        assertEquals(PerceptronSettings.defaults(), next.perceptron(), "the perceptron starts from its defaults");
        assertEquals(1.5, next.descent().start());
        assertEquals(Activation.RELU, next.activations().function());
    }

    @Test
    void keepsTheEmbedOptionsAndNamesTheLesson() {
        AppState next = LessonSetup.apply(mine(), "backpropagation", "view=backprop&data=xor&hidden=2");
        assertEquals("backprop", next.view());
        assertEquals(2, next.playground().hidden()[0]);
        EmbedOptions embed = next.embed();
        assertEquals("backpropagation", embed.lesson());
        assertTrue(embed.embed() && embed.autoplay());
        assertEquals(Set.of("data"), embed.hidden());
        assertEquals("", LessonSetup.withLesson(next, "").embed().lesson());
        assertEquals(next.playground(), LessonSetup.withLesson(next, "").playground());
    }

    @Test
    void refusesASetupTheCodecWouldIgnorePartOf() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LessonSetup.apply(mine(), "xor", "data=xor&lr=fast"));
        assertTrue(e.getMessage().contains("lr=fast"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LessonSetup.apply(mine(), "Bad Id", "data=xor"));
        assertThrows(IllegalArgumentException.class, () -> LessonSetup.apply(mine(), "", "data=xor"));
    }
}
