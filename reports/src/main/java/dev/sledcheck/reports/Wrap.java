package dev.sledcheck.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * Word wrapping, for a terminal of a given width (a step's text can be 200 characters, and a
 * 100-column terminal that folds it at column 100 loses the indentation that makes lists readable)
 * and for SVG text, which does not wrap by itself.
 */
public final class Wrap {

    /** Below this, a hanging indent leaves too little room: text then wraps at this width anyway. */
    public static final int MIN_TEXT = 24;

    private Wrap() {}

    /** {@code text} cut at spaces into lines of at most {@code width} characters (a longer word is split). */
    public static List<String> lines(String text, int width) {
        int w = Math.max(1, width);
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            while (word.length() > w) {
                if (line.length() > 0) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                out.add(word.substring(0, w));
                word = word.substring(w);
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > w) {
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

    /**
     * {@code head} then {@code text} wrapped so that continuation lines start under the text's
     * first character; each line ends in a newline.
     */
    public static String hanging(String head, String text, int width) {
        int indent = head.length();
        int room = Math.max(MIN_TEXT, width - indent);
        StringBuilder sb = new StringBuilder();
        List<String> lines = lines(text, room);
        for (int i = 0; i < lines.size(); i++) {
            sb.append(i == 0 ? head : " ".repeat(indent)).append(lines.get(i)).append('\n');
        }
        return sb.toString();
    }

    public static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
