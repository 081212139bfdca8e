package dev.sledcheck.logs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * slog-term's compact line, {@code Apr 11 00:55:45.139 INFO request completed, response_code: 200,
 * uri: /..., component: dropshot} (omicron #2802): a local time without year, the level, the
 * message, then {@code key: value} pairs, the component among them. No logger name.
 *
 * <p>Values hold ", " of their own ({@code VmmRuntimeState { state: Destroyed, gen: ... }}), so the
 * line is split only at ", " outside brackets and double quotes. The first piece is the message;
 * a later piece that is not {@code key: value} belongs to what comes before it (the message, as in
 * {@code failed to lookup Nexus IP, will retry}, or the previous value).
 */
final class OneLine {

    private static final Set<String> MONTHS =
            Set.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
    private static final Pattern LINE = Pattern.compile(
            "([A-Z][a-z]{2})[ \\t]+(\\d{1,2})[ \\t]+(\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?)[ \\t]+([A-Z]{4,5})[ \\t]+(.+)");
    private static final Pattern PAIR = Pattern.compile("([A-Za-z_][A-Za-z0-9_.-]*): (.*)", Pattern.DOTALL);

    private OneLine() {}

    static Optional<LogEntry> parse(String line, int no) throws MalformedLogException {
        Matcher m = LINE.matcher(line);
        if (!m.matches() || !MONTHS.contains(m.group(1))) {
            return Optional.empty();
        }
        List<String> pieces = split(m.group(5));
        StringBuilder message = new StringBuilder(pieces.get(0));
        Map<String, String> fields = new LinkedHashMap<>();
        String last = null;
        for (String piece : pieces.subList(1, pieces.size())) {
            Matcher p = PAIR.matcher(piece);
            if (p.matches()) {
                last = p.group(1);
                if (fields.putIfAbsent(last, p.group(2).strip()) != null) {
                    throw new MalformedLogException("line " + no + ": key '" + last + "' given twice in the entry");
                }
            } else if (last == null) {
                message.append(", ").append(piece);
            } else {
                fields.put(last, fields.get(last) + ", " + piece);
            }
        }
        String component = fields.remove("component");
        return Optional.of(new LogEntry(no, no, LogFormat.ONE_LINE, m.group(1) + " " + m.group(2) + " " + m.group(3),
                m.group(4), "", component == null ? "" : component, message.toString().strip(), fields));
    }

    /** {@code text} cut at each ", " that is outside (), [], {} and "..." (with its \ escapes). */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && c == ',' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                out.add(text.substring(start, i));
                start = i + 2;
                i++;
            }
        }
        out.add(text.substring(start));
        return out;
    }
}
