package dev.sledcheck.logs;

/**
 * Text from the input, fit to be echoed in a one-line message: control characters escaped (a
 * stray carriage return or escape sequence must not rewrite the user's terminal) and, in {@link
 * #quote}, cut to about 80 characters so one bad field cannot flood the error line.
 */
public final class Echo {

    /** How much of a value an error quotes. */
    static final int MAX = 80;

    private Echo() {}

    /** {@code s} in single quotes, escaped, cut to {@value #MAX} characters with "..." if longer. */
    public static String quote(String s) {
        String all = escape(s);
        if (all.length() <= MAX) {
            return "'" + all + "'";
        }
        // Cut between code points, never inside an escape or a surrogate pair.
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            String piece = escape(new String(Character.toChars(s.codePointAt(i))));
            if (sb.length() + piece.length() > MAX - 3) {
                break;
            }
            sb.append(piece);
        }
        return "'" + sb + "...'";
    }

    /** {@code s} with tab, newline, carriage return and other control characters escaped. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\\') {
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
