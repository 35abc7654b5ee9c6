package hyperplane.browser;

import hyperplane.data.ProblemType;
import hyperplane.sim.ConfusionMatrix;
import hyperplane.sim.PlaygroundSession;
import hyperplane.view.ClassText;
import hyperplane.view.Viewport;
import java.util.function.Supplier;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The playground's class readouts: the confusion matrices under the output (training and test; the tables are made
 * again only when a cell changed) and, behind a softmax, each class's probability at the pointer or the keyboard
 * cursor in the neuron readout. The words are {@link ClassText}'s, the counts the session's (tallied with the losses,
 * so showing them costs no pass over the points).
 */
final class ClassReadouts {
    /** The run on show: A, or in a comparison the chosen run, whose picture the readouts go with. */
    private final Supplier<PlaygroundSession> session;
    private final Runnable restore;
    private final HTMLElement section = Dom.byId("confusion");
    private final HTMLElement tables = Dom.byId("confusion-tables");
    private double pointerX = Double.NaN;
    private double pointerY = Double.NaN;
    /** Every caption and cell of the tables shown, to skip rebuilding equal ones. */
    private String shown = "";
    /** Whether the neuron readout shows probabilities now (else it is the neuron's, put back by restore). */
    private boolean probing;

    /**
     * @param restore puts the neuron readout back when the pointer leaves the canvas
     */
    ClassReadouts(Supplier<PlaygroundSession> session, HTMLCanvasElement canvas, Supplier<Viewport> viewport,
            Runnable restore) {
        this.session = session;
        this.restore = restore;
        Dom.on(canvas, "pointermove", e -> {
            Viewport v = viewport.get();
            double x = v == null ? Double.NaN : v.toDataX(Dom.eventX(canvas, e));
            double y = v == null ? Double.NaN : v.toDataY(Dom.eventY(canvas, e));
            boolean inside = v != null && v.contains(x, y);
            pointerX = inside ? x : Double.NaN;
            pointerY = inside ? y : Double.NaN;
            probe(pointerX, pointerY);
        });
        Dom.on(canvas, "pointerleave", e -> {
            pointerX = Double.NaN;
            probe(Double.NaN, Double.NaN);
        });
    }

    /**
     * The readouts of the session now; the keyboard cursor (NaN when hidden) stands in for a pointer not there.
     *
     * @param tables whether the confusion tables are brought up to date (TrainingPace#tablesDue)
     */
    void update(double cursorX, double cursorY, boolean tables) {
        if (tables) {
            showTables();
        }
        boolean pointer = pointerX == pointerX;
        probe(pointer ? pointerX : cursorX, pointer ? pointerY : cursorY);
    }

    private void probe(double x, double y) {
        String text = x == x && y == y ? ClassText.probabilities(session.get(), x, y) : "";
        if (!text.isEmpty()) {
            Dom.text("neuron-info", text);
            probing = true;
        } else if (probing) {
            probing = false;
            restore.run();
        }
    }

    private void showTables() {
        PlaygroundSession run = session.get();
        boolean classes = run.config().problem() == ProblemType.CLASSIFICATION;
        section.setHidden(!classes);
        if (!classes) {
            shown = "";
            return;
        }
        ConfusionMatrix train = run.confusion(true);
        ConfusionMatrix test = run.testCount() > 0 ? run.confusion(false) : null;
        String signature = signature(train, true) + (test == null ? "" : signature(test, false));
        if (signature.equals(shown)) {
            return;
        }
        shown = signature;
        while (tables.getFirstChild() != null) {
            tables.removeChild(tables.getFirstChild());
        }
        tables.appendChild(table(train, true));
        if (test != null) {
            tables.appendChild(table(test, false));
        }
    }

    private static String signature(ConfusionMatrix m, boolean train) {
        StringBuilder sb = new StringBuilder(ClassText.caption(m, train));
        for (int a = 0; a < m.classes(); a++) {
            for (int p = 0; p < m.classes(); p++) {
                sb.append('|').append(m.count(a, p));
            }
        }
        return sb.append('\n').toString();
    }

    /** A table: its caption, a header row of predicted classes, then a row per true class. */
    private static HTMLElement table(ConfusionMatrix m, boolean train) {
        HTMLElement table = Dom.create("table");
        table.setId(train ? "confusion-train" : "confusion-test");
        HTMLElement caption = Dom.create("caption");
        caption.setTextContent(ClassText.caption(m, train));
        table.appendChild(caption);
        HTMLElement head = Dom.create("tr");
        head.appendChild(cell("th", ClassText.CORNER, "col"));
        for (int p = 0; p < m.classes(); p++) {
            head.appendChild(cell("th", ClassText.columnHeader(p), "col"));
        }
        table.appendChild(head);
        for (int a = 0; a < m.classes(); a++) {
            HTMLElement row = Dom.create("tr");
            row.appendChild(cell("th", ClassText.rowHeader(a), "row"));
            for (int p = 0; p < m.classes(); p++) {
                HTMLElement td = cell("td", ClassText.count(m, a, p), null);
                String share = ClassText.share(m, a, p);
                if (!share.isEmpty()) {
                    HTMLElement small = Dom.create("span");
                    small.setClassName("share");
                    small.setTextContent(share);
                    td.appendChild(small);
                }
                if (a == p) {
                    td.setClassName("hit");
                }
                row.appendChild(td);
            }
            table.appendChild(row);
        }
        return table;
    }

    /** A table cell of {@code tag} (th, td) with {@code text}, and {@code scope} (row, col) when not null. */
    static HTMLElement cell(String tag, String text, String scope) {
        HTMLElement cell = Dom.create(tag);
        cell.setTextContent(text);
        if (scope != null) {
            cell.setAttribute("scope", scope);
        }
        return cell;
    }
}
