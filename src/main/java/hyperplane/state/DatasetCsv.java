package hyperplane.state;

import hyperplane.data.Dataset;
import hyperplane.data.ProblemType;

/**
 * The dataset file format (DESIGN.md §5): comma-separated values with the header {@code x1,x2,label}
 * and an optional fourth column {@code split} whose values are {@code train} or {@code test}.
 *
 * <pre>
 * x1,x2,label,split
 * 0.8,0.4,0.0,train
 * -1.5,2.25,1.0,test
 * </pre>
 *
 * <p>{@link #write} always writes the split column, and numbers with {@link Double#toString}, so a
 * written file reads back to exactly the same dataset. {@link #read} is forgiving about layout (a
 * byte-order mark, {@code \r\n} line ends, spaces around fields and a header in any letter case, blank
 * lines at the end) and strict about content: it throws {@link FormatException} naming the line
 * (1-based) and column for a missing or wrong header, a wrong number of fields, a field that is not a
 * decimal number (or is too large for a double), a classification label other than 0 or 1, a split
 * other than train or test, more than {@link PlaygroundConfig#MAX_POINTS} points, an empty file,
 * control characters (binary data) and text over {@link #MAX_CHARS} characters. Without a split column
 * every point is a training point.
 */
public final class DatasetCsv {
    /** The largest text read, 1 MiB of characters. */
    public static final int MAX_CHARS = 1 << 20;

    private DatasetCsv() {
    }

    /** The dataset as CSV with a header and a split column; one line per point, each ending in \n. */
    public static String write(Dataset data) {
        if (data == null) {
            throw new IllegalArgumentException("data (null) must be given");
        }
        StringBuilder sb = new StringBuilder("x1,x2,label,split\n");
        for (int i = 0; i < data.size(); i++) {
            sb.append(Double.toString(data.x1(i))).append(',').append(Double.toString(data.x2(i))).append(',')
                    .append(Double.toString(data.label(i))).append(',').append(data.isTrain(i) ? "train" : "test")
                    .append('\n');
        }
        return sb.toString();
    }

    /**
     * The points in {@code text}, as a dataset of the given problem type.
     *
     * @throws FormatException naming the line and column that is wrong (see the class comment)
     */
    public static Dataset read(String text, ProblemType type) throws FormatException {
        if (type == null) {
            throw new IllegalArgumentException("type (null) must be given");
        }
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
            x2[i] = number(f[1], line, 2, "x2");
            labels[i] = number(f[2], line, 3, "label");
            if (type == ProblemType.CLASSIFICATION && labels[i] != 0 && labels[i] != 1) {
                throw new FormatException("line " + line + ", column 3: a classification label must be 0 or 1, not "
                        + shorten(f[2]));
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

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
