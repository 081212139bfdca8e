package dev.sledcheck.reports.html;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for SVG text, which does not wrap by itself. */
final class Wrap {
    private Wrap() {}

    /** {@code s} in lines of at most {@code width} characters, breaking at spaces (a longer word is cut). */
    static List<String> lines(String s, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            while (word.length() > width) {
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                out.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || out.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }
}
