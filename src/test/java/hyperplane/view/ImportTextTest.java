package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.Dataset;
import hyperplane.sim.PlaygroundSession;
import hyperplane.state.PlaygroundConfig;
import org.junit.jupiter.api.Test;

class ImportTextTest {
    private final PlaygroundConfig config = PlaygroundConfig.defaults();

    @Test
    void aRefusedFileIsNamedWithItsReason() {
        assertEquals("Could not import a.csv: line 2 has 1 column. Nothing was changed.",
                ImportText.refused("a.csv", "line 2 has 1 column"));
    }

    @Test
    void severalDroppedFilesAreCountedAndTheOneReadIsNamed() {
        assertEquals("", ImportText.onlyOneRead(1, "a.csv"));
        assertEquals("", ImportText.onlyOneRead(0, "a.csv"));
        assertEquals("You dropped 2 files; the page reads one at a time, so it read only a.csv. ",
                ImportText.onlyOneRead(2, "a.csv"));
    }

    @Test
    void describesTheNetworksShape() {
        PlaygroundConfig shaped = config.withHidden(new int[] {4, 2});
        assertEquals(shaped.features().size() + " inputs, hidden layers of 4, 2, " + shaped.activation().label(),
                ImportText.describe(shaped));
        assertTrue(ImportText.describe(config.withHidden(new int[0])).contains(", no hidden layer, "));
        assertTrue(ImportText.modelImported("m.json", shaped).startsWith("Imported the model from m.json: "
                + ImportText.describe(shaped) + ", at epoch 0."));
    }

    @Test
    void countsImportedPointsBySplit() {
        Dataset one = Dataset.of(new double[] {0.1}, new double[] {0.2}, new double[] {1}, new boolean[] {true});
        assertEquals("Imported 1 point from p.csv (1 for training, 0 for testing).",
                ImportText.pointsImported("p.csv", one));
        Dataset two = Dataset.of(new double[] {0.1, 0.3}, new double[] {0.2, 0.4}, new double[] {1, 0},
                new boolean[] {true, false});
        assertEquals("Imported 2 points from p.csv (1 for training, 1 for testing).",
                ImportText.pointsImported("p.csv", two));
    }

    @Test
    void theLossesLineNamesTheTestLossOnlyWithTestPoints() {
        PlaygroundSession session = new PlaygroundSession(config);
        String line = ImportText.losses(session);
        assertTrue(line.startsWith("Epoch 0   training loss " + Format.loss(session.trainLoss())), line);
        assertEquals(session.testCount() > 0, line.contains("test loss"));
    }
}
