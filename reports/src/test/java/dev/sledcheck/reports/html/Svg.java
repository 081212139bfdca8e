package dev.sledcheck.reports.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading a rendered diagram back in tests: its views, its arrows and their lines. */
final class Svg {
    private Svg() {}

    /** An arrow as drawn: its attributes and, between two lifelines, its line. */
    record Drawn(String cls, String from, String to, int sent, int delivered, double[] line) {}

    private static final Pattern ARROW = Pattern.compile("<g class=\"(arrow[^\"]*)\" data-from=\"([^\"]*)\" data-to=\""
            + "([^\"]*)\" data-sent=\"(\\d+)\" data-delivered=\"(\\d+)\">(.*?)</g>", Pattern.DOTALL);
    private static final Pattern LINE = Pattern.compile("<line x1=\"([-\\d.]+)\" y1=\"([-\\d.]+)\" x2=\"([-\\d.]+)\" y2=\"([-\\d.]+)\"");

    /** The part of {@code figure} that draws view {@code name} ({@code all} or {@code slice}). */
    static String view(String figure, String name) {
        int start = figure.indexOf("<div class=\"view\" data-view=\"" + name + "\"");
        return start < 0 ? "" : figure.substring(start, figure.indexOf("</svg>", start));
    }

    static List<Drawn> arrows(String view) {
        List<Drawn> out = new ArrayList<>();
        Matcher m = ARROW.matcher(view);
        while (m.find()) {
            Matcher l = LINE.matcher(m.group(6));
            double[] line = l.find() ? new double[] {Double.parseDouble(l.group(1)), Double.parseDouble(l.group(2)),
                Double.parseDouble(l.group(3)), Double.parseDouble(l.group(4))} : null;
            out.add(new Drawn(m.group(1), m.group(2), m.group(3), Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)), line));
        }
        return out;
    }

    /** Whether two segments {x1, y1, x2, y2} cross (proper intersection: each splits the other's ends). */
    static boolean cross(double[] a, double[] b) {
        return side(a, b[0], b[1]) * side(a, b[2], b[3]) < 0 && side(b, a[0], a[1]) * side(b, a[2], a[3]) < 0;
    }

    private static double side(double[] s, double x, double y) {
        return Math.signum((s[2] - s[0]) * (y - s[1]) - (s[3] - s[1]) * (x - s[0]));
    }
}
