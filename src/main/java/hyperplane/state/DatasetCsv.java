package hyperplane.state;

import hyperplane.data.Dataset;
import hyperplane.data.DatasetKind;
import hyperplane.data.ProblemType;
import java.util.function.IntFunction;

/**
 * The dataset file format (DESIGN.md §5): comma-separated values with the header {@code x1,x2,label}
 * and an optional fourth column {@code split} whose values are {@code train} or {@code test}.
 *
 * <pre>
 * x1,x2,label,split
 * 0.8,0.4,0,train
 * -1.5,2.25,1,test
 * -0.0000001,6,0,train
 * </pre>
 *
 * <p>{@link #write} always writes the split column, and every number as the shortest decimal that reads back to
 * exactly the same double ({@link Decimals#format}: plain notation for 10⁻⁶ ≤ |v| &lt; 10²¹, {@code 1e-7} style
 * outside; classification labels come out as {@code 0} and {@code 1}), so a written file of points inside the
 * canvas reads back to exactly the same dataset.
 *
 * <p>{@link #read} is forgiving about layout (a byte-order mark, {@code \r\n} line ends, spaces around fields and a
 * header in any letter case, blank lines at the end) and strict about content: it throws {@link FormatException}
 * naming the line (1-based) and column for a missing or wrong header, a wrong number of fields, a field that is not
 * a decimal number ({@link Decimals#isDecimal}: no NaN or Infinity) or is too large for a double, a coordinate
 * outside the canvas, a classification label that is not a class 0 … K − 1 (0 or 1 for two classes), a regression
 * target outside
 * [{@link PointsCodec#LABEL_MIN}, {@link PointsCodec#LABEL_MAX}] (the range a link can hold), a split other than
 * train or test, more than {@link PlaygroundConfig#MAX_POINTS} points, an empty file, control characters (binary
 * data) and text over {@link #MAX_CHARS} characters. The canvas is the domain of the dataset kind the points are
 * read for: x1 in [{@link DatasetKind#minX()}, {@link DatasetKind#maxX()}] and x2 in [{@link DatasetKind#minY()},
 * {@link DatasetKind#maxY()}], boundaries included ([−6, 6]² for the generated sets, [0, 1]² for the seven
 * points). Points outside it are refused rather than clamped, because the playground could not show them and a
 * link ({@link PointsCodec}) could not hold them. Without a split column every point is a training point.
 */
public final class DatasetCsv {
    /** The largest text read, 1 MiB of characters. */
    public static final int MAX_CHARS = 1 << 20;

    private DatasetCsv() {
    }

    /**
     * The dataset as CSV with a header and a split column; one line per point, each ending in \n, each number the
     * shortest decimal that reads back to the same double (see the class comment).
     */
    public static String write(Dataset data) {
        if (data == null) {
            throw new IllegalArgumentException("data (null) must be given");
        }
        StringBuilder sb = new StringBuilder("x1,x2,label,split\n");
        for (int i = 0; i < data.size(); i++) {
            sb.append(Decimals.format(data.x1(i))).append(',').append(Decimals.format(data.x2(i))).append(',')
                    .append(Decimals.format(data.label(i))).append(',').append(data.isTrain(i) ? "train" : "test")
                    .append('\n');
        }
        return sb.toString();
    }

    /** The points in {@code text} for two classes (or regression): {@link #read(String, DatasetKind, int)}. */
    public static Dataset read(String text, DatasetKind domain) throws FormatException {
        return read(text, domain, 2);
    }

    /**
     * The points in {@code text}, as a dataset of {@code domain}'s problem type, each inside {@code domain}'s
     * canvas, each classification label a class below {@code classes}.
     *
     * @param domain the dataset kind whose square the points must lie in ({@link DatasetKind#minX()} ..
     *     {@link DatasetKind#maxX()} by {@link DatasetKind#minY()} .. {@link DatasetKind#maxY()}, boundaries
     *     included) and whose {@link DatasetKind#problemType()} the labels follow
     * @param classes K, 2 … {@link Dataset#MAX_CLASSES}: the labels a classification file may hold are 0 … K − 1
     * @throws FormatException naming the line and column that is wrong (see the class comment), with the value and
     *     the allowed range for a coordinate, label or regression target out of range
     * @throws IllegalArgumentException if {@code domain} is null or classes is out of range
     */
    public static Dataset read(String text, DatasetKind domain, int classes) throws FormatException {
        return read(text, domain, classes, needed -> "choose more classes first");
    }

    /**
     * As {@link #read(String, DatasetKind, int)}, but a label of a class the playground does not have (K or more) is
     * refused with {@code advice} applied to the number of classes that file needs, after the fact itself: "class 2
     * needs 3 classes or more, but there are 2; " + advice(3). The playground words the advice for its own controls.
     */
    public static Dataset read(String text, DatasetKind domain, int classes, IntFunction<String> advice)
            throws FormatException {
        if (domain == null || advice == null) {
            throw new IllegalArgumentException("domain and advice must be given (one was null)");
        }
        if (classes < 2 || classes > Dataset.MAX_CLASSES) {
            throw new IllegalArgumentException("classes (" + classes + ") must be in 2.." + Dataset.MAX_CLASSES);
        }
        ProblemType type = domain.problemType();
        if (text == null || text.isEmpty()) {
            throw new FormatException("the file is empty");
        }
        if (text.length() > MAX_CHARS) {
            throw new FormatException("the file has " + text.length() + " characters, more than the " + MAX_CHARS
                    + " that " + PlaygroundConfig.MAX_POINTS + " points can need");
        }
        int start = text.charAt(0) == '\uFEFF' ? 1 : 0;
        checkCharacters(text, start);
        String[] lines = text.substring(start).split("\n", -1);
        int last = lines.length - 1;
        while (last >= 0 && lines[last].trim().isEmpty()) {
            last--;
        }
        if (last < 0) {
            throw new FormatException("the file is empty");
        }
        String[] header = fields(lines[0]);
        boolean hasSplit = header.length == 4;
        if (header.length < 3 || header.length > 4 || !header[0].equalsIgnoreCase("x1")
                || !header[1].equalsIgnoreCase("x2") || !header[2].equalsIgnoreCase("label")
                || (hasSplit && !header[3].equalsIgnoreCase("split"))) {
            throw new FormatException("line 1: the header must be x1,x2,label or x1,x2,label,split, not \""
                    + shorten(lines[0].trim()) + "\"");
        }
        if (last > PlaygroundConfig.MAX_POINTS) {
            throw new FormatException("line " + (PlaygroundConfig.MAX_POINTS + 2) + ": more than "
                    + PlaygroundConfig.MAX_POINTS + " points");
        }
        int n = last;
        double[] x1 = new double[n];
        double[] x2 = new double[n];
        double[] labels = new double[n];
        boolean[] train = new boolean[n];
        for (int i = 0; i < n; i++) {
            int line = i + 2;
            String[] f = fields(lines[i + 1]);
            if (f.length != header.length) {
                throw new FormatException("line " + line + ": " + f.length + (f.length == 1 ? " field" : " fields")
                        + " but the header has " + header.length);
            }
            x1[i] = number(f[0], line, 1, "x1");
            if (!(x1[i] >= domain.minX() && x1[i] <= domain.maxX())) {
                throw outside(line, 1, "x1", f[0], "the canvas, which spans", domain.minX(), domain.maxX());
            }
            x2[i] = number(f[1], line, 2, "x2");
            if (!(x2[i] >= domain.minY() && x2[i] <= domain.maxY())) {
                throw outside(line, 2, "x2", f[1], "the canvas, which spans", domain.minY(), domain.maxY());
            }
            labels[i] = number(f[2], line, 3, "label");
            if (type == ProblemType.CLASSIFICATION && Dataset.isClass(labels[i]) && labels[i] >= classes) {
                throw new FormatException("line " + line + ", column 3: class " + (int) labels[i] + " needs "
                        + ((int) labels[i] + 1) + " classes or more, but there are " + classes + "; "
                        + advice.apply((int) labels[i] + 1));
            }
            if (type == ProblemType.CLASSIFICATION && !Dataset.isClass(labels[i])) {
                throw new FormatException("line " + line + ", column 3: a classification label must be "
                        + (classes == 2 ? "0 or 1" : "a class from 0 to " + (classes - 1) + " (there are " + classes
                        + " classes)") + ", not " + shorten(f[2]));
            }
            if (type == ProblemType.REGRESSION
                    && !(labels[i] >= PointsCodec.LABEL_MIN && labels[i] <= PointsCodec.LABEL_MAX)) {
                throw outside(line, 3, "label", f[2], "the range of regression targets,", PointsCodec.LABEL_MIN,
                        PointsCodec.LABEL_MAX);
            }
            if (!hasSplit || f[3].equalsIgnoreCase("train")) {
                train[i] = true;
            } else if (!f[3].equalsIgnoreCase("test")) {
                throw new FormatException("line " + line + ", column 4: split must be train or test, not \""
                        + shorten(f[3]) + "\"");
            }
        }
        return Dataset.of(x1, x2, labels, train, type);
    }

    private static void checkCharacters(String text, int start) throws FormatException {
        int line = 1;
        int column = 1;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            boolean carriageReturnAtEnd = c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) == '\n');
            if ((c < 0x20 && c != '\t' && !carriageReturnAtEnd) || c == 0x7F || c == '\uFFFD') {
                throw new FormatException("line " + line + ", column " + column + ": character U+"
                        + JsonReader.hex4(c) + " does not belong in a CSV file (is it binary data?)");
            }
            column++;
        }
    }

    private static String[] fields(String line) {
        String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        String[] f = l.split(",", -1);
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].trim();
        }
        return f;
    }

    private static double number(String field, int line, int column, String name) throws FormatException {
        if (!Decimals.isDecimal(field)) {
            throw new FormatException("line " + line + ", column " + column + ": " + name + " must be a number, not \""
                    + shorten(field) + "\"");
        }
        double v = Decimals.parse(field);
        if (!Double.isFinite(v)) {
            throw new FormatException("line " + line + ", column " + column + ": " + name + " (" + shorten(field)
                    + ") is too large");
        }
        return v;
    }

    /** "line 3, column 1: x1 = 100 is outside the canvas, which spans -6 to 6". */
    private static FormatException outside(int line, int column, String name, String field, String what, double min,
            double max) {
        return new FormatException("line " + line + ", column " + column + ": " + name + " = " + shorten(field)
                + " is outside " + what + " " + Decimals.format(min) + " to " + Decimals.format(max));
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
