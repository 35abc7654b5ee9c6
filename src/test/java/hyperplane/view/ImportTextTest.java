package hyperplane.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hyperplane.data.Dataset;
import hyperplane.data.DatasetKind;
import hyperplane.sim.PlaygroundSession;
import hyperplane.state.DatasetCsv;
import hyperplane.state.FormatException;
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
    void aFileOfMoreClassesSaysWhereToChooseThem() throws FormatException {
        PlaygroundConfig circle = PlaygroundConfig.defaults().withDataset(DatasetKind.CIRCLE);
        String csv = "x1,x2,label\n0,0,1\n1,1,2\n";
        FormatException e = assertThrows(FormatException.class, () -> DatasetCsv.read(csv, circle.dataset(),
                circle.classes(), needed -> ImportText.moreClasses(circle, needed)));
        assertEquals("line 3, column 3: class 2 needs 3 classes or more, but there are 2; the Circle set comes in two "
                + "classes only, so choose \"My points (place them)\" under Dataset first, then 3 or more under "
                + "Classes, and import the file again", e.getMessage());
        PlaygroundConfig mine = circle.withPoints(Dataset.empty());
        assertEquals("choose 3 or more under Classes, then import the file again", ImportText.moreClasses(mine, 3));
        PlaygroundConfig gaussians = circle.withDataset(DatasetKind.GAUSSIANS);
        assertEquals("choose 4 or more under Classes, then import the file again",
                ImportText.moreClasses(gaussians, 4));
        // Following the advice: own points, three classes, and the same file reads.
        PlaygroundConfig three = mine.withClasses(3);
        Dataset read = DatasetCsv.read(csv, three.dataset(), three.classes(),
                needed -> ImportText.moreClasses(three, needed));
        assertEquals(3, three.withPoints(read).classes());
        assertEquals(2, read.size());
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
