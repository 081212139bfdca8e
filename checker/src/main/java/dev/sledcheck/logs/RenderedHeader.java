package dev.sledcheck.logs;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first line of a rendered multi-line entry, with or without its {@code [N]}. Its fields
 * follow as {@code key = value} lines ({@link #FIELD}), which the renderers indent by four spaces
 * (the seed's copy does not; indentation is ignored).
 */
final class RenderedHeader {

    /**
     * {@code <LEVEL> <name> (<component>): <message>}. The component may hold one level of
     * parentheses (the real sled agent's is {@code dropshot (SledAgent)}, #7918) and may be absent
     * ({@code SledAgent: failed to ...}, a logger with no component). Tabs count as spaces: the
     * #7282 issue's own paste separates the header's parts with tabs.
     */
    private static final String TAIL =
            "([A-Z]{4,5})[ \\t]+(\\S+?)(?:[ \\t]+\\(((?:[^()]|\\([^()]*\\))+)\\))?: (.*)";

    /** {@code [10409] 2024-12-18T23:42:01.825Z INFO ...}: the [N] is distinctive enough to allow any timestamp. */
    private static final Pattern NUMBERED = Pattern.compile("\\[(\\d{1,18})][ \\t]+(\\S+)[ \\t]+" + TAIL);

    /**
     * {@code 23:07:01.295Z DEBG ...} (looker's default, time of day only) or with the date. Without an
     * [N] the timestamp's shape is what tells an entry from prose, so it is strict.
     */
    private static final Pattern RENDERED = Pattern.compile(
            "((?:\\d{4}-\\d{2}-\\d{2}[T ])?\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?(?:Z|[+-]\\d{2}:?\\d{2})?)[ \\t]+" + TAIL);

    /** A field line: {@code key = value}. Keys as slog writes them (omicron's include {@code SledAgent}). */
    static final Pattern FIELD = Pattern.compile("([A-Za-z_][A-Za-z0-9_.-]*) = (.*)");

    private RenderedHeader() {}

    /** The entry this line begins (its fields still to come), if the line is such a header. */
    static Optional<LogEntry> parse(String line, int no) {
        Matcher n = NUMBERED.matcher(line);
        if (n.matches()) {
            return Optional.of(entry(Long.parseLong(n.group(1)), no, LogFormat.NUMBERED, n, 2));
        }
        Matcher r = RENDERED.matcher(line);
        if (r.matches()) {
            return Optional.of(entry(no, no, LogFormat.RENDERED, r, 1));
        }
        return Optional.empty();
    }

    private static LogEntry entry(long number, int no, LogFormat format, Matcher m, int first) {
        String component = m.group(first + 3);
        return new LogEntry(number, no, format, m.group(first), m.group(first + 1), m.group(first + 2),
                component == null ? "" : component.strip(), m.group(first + 4).strip(), Map.of());
    }
}
