package dev.sledcheck.reports.output;

/**
 * Text from the input, fit to be echoed in a one-line message: control characters escaped (a
 * stray carriage return or escape sequence must not rewrite the user's terminal) and, in {@link
 * #quote}, cut to about 80 characters so one bad field cannot flood the error line. It lives here,
 * in the lowest module that builds messages about the user's input (report targets), so the CLI,
 * the log reader and the report targets share it.
 */
public final class Echo {

    /** How much of a value an error quotes. */
    static final int MAX = 80;

    /**
     * A word of a finished message longer than this is cut by {@link #line}: room for a value
     * {@link #quote} already cut, with its quotes and the punctuation after it.
     */
    static final int LONG_WORD = MAX + 8;

    /** The longest line {@link #line} lets through: far above any list of valid values we print. */
    static final int LONG_LINE = 2000;

    private Echo() {}

    /** {@code s} in single quotes, escaped, cut to {@value #MAX} characters with "..." if longer. */
    public static String quote(String s) {
        // Escaping never shortens: a value longer than MAX is cut without escaping all of it.
        String all = s.length() > MAX ? null : escape(s);
        return "'" + (all != null && all.length() <= MAX ? all : cut(s, MAX - 3, true) + "...") + "'";
    }

    /** {@code s} with tab, newline, carriage return and other control characters escaped. */
    public static String escape(String s) {
        return escape(s, true);
    }

    /**
     * A finished message made fit for one line on stderr, whoever built it: control characters
     * escaped (backslashes are left alone, as {@link #quote} already escaped its values), every
     * word longer than {@value #LONG_WORD} characters cut to {@value #MAX} and "...", and the
     * line cut at {@value #LONG_LINE}. The error printer applies it to every message, so input
     * echoed by code that did not {@link #quote} it (a schedule token, a file name) is cut too.
     */
    public static String line(String message) {
        StringBuilder sb = new StringBuilder();
        for (String word : message.split(" ", -1)) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            String w = word.length() > LONG_WORD ? null : escape(word, false);
            sb.append(w != null && w.length() <= LONG_WORD ? w : cut(word, MAX, false) + "...");
            if (sb.length() > LONG_LINE) {
                return sb.substring(0, LONG_LINE - 3) + "...";
            }
        }
        return sb.toString();
    }

    /** The escaped code points of {@code s} that fit in {@code room}: never half an escape or a pair. */
    private static String cut(String s, int room, boolean backslash) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            String piece = escape(new String(Character.toChars(s.codePointAt(i))), backslash);
            if (sb.length() + piece.length() > room) {
                break;
            }
            sb.append(piece);
        }
        return sb.toString();
    }

    private static String escape(String s, boolean backslash) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\\' && backslash) {
                sb.append("\\\\");
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
