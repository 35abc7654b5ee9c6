package hyperplane.view;

import java.util.ArrayList;
import java.util.List;

/** A Canvas that records every call as a string such as {@code "line 1.0 2.0 3.0 4.0"}, for tests. */
final class RecordingCanvas implements Canvas {
    final List<String> calls = new ArrayList<>();
    /** The theme it reports to the drawing code. */
    Theme theme = Theme.LIGHT;

    @Override
    public Theme theme() {
        return theme;
    }

    @Override
    public void setFill(int rgb) {
        calls.add("setFill " + hex(rgb));
    }

    @Override
    public void setStroke(int rgb, double width) {
        calls.add("setStroke " + hex(rgb) + " " + width);
    }

    @Override
    public void setAlpha(double alpha) {
        calls.add("setAlpha " + alpha);
    }

    @Override
    public void setDash(double on, double off) {
        calls.add("setDash " + on + " " + off);
    }

    @Override
    public void setFontSize(double pixels) {
        calls.add("setFontSize " + pixels);
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
        calls.add("fillRect " + x + " " + y + " " + width + " " + height);
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
        calls.add("strokeRect " + x + " " + y + " " + width + " " + height);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        calls.add("line " + x1 + " " + y1 + " " + x2 + " " + y2);
    }

    /** Records "lines count", then each segment as a "line" call (as the default does). */
    @Override
    public void lines(double[] xy, int first, int count) {
        calls.add("lines " + count);
        Canvas.super.lines(xy, first, count);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int count) {
        calls.add("polyline " + points(xs, ys, count));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count) {
        calls.add("fillPolygon " + points(xs, ys, count));
    }

    @Override
    public void circle(double cx, double cy, double r, boolean fill, boolean stroke) {
        calls.add("circle " + cx + " " + cy + " " + r + " " + fill + " " + stroke);
    }

    @Override
    public void text(String s, double x, double y, TextAlign align) {
        calls.add("text " + s + " " + x + " " + y + " " + align);
    }

    /** The calls that start with {@code prefix + " "} (or equal it). */
    List<String> named(String prefix) {
        List<String> found = new ArrayList<>();
        for (String call : calls) {
            if (call.equals(prefix) || call.startsWith(prefix + " ")) {
                found.add(call);
            }
        }
        return found;
    }

    /** The texts drawn, in order. */
    List<String> texts() {
        List<String> found = new ArrayList<>();
        for (String call : named("text")) {
            String[] parts = call.split(" ");
            found.add(parts[1]);
        }
        return found;
    }

    static String hex(int rgb) {
        String digits = Integer.toHexString(rgb & 0xFFFFFF).toUpperCase();
        return "#" + "000000".substring(digits.length()) + digits;
    }

    private static String points(double[] xs, double[] ys, int count) {
        StringBuilder text = new StringBuilder().append(count);
        for (int i = 0; i < count; i++) {
            text.append(' ').append(xs[i]).append(',').append(ys[i]);
        }
        return text.toString();
    }
}
