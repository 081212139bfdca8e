package dev.sledcheck.validate;

import dev.sledcheck.logs.LogEntry;
import dev.sledcheck.logs.LogFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The lines of {@code validate-log}'s output that say what was read: in which formats, how many
 * entries were recognised or skipped, and which lines were no entry at all. A reader whose log
 * gave an unexpected verdict looks here first, so nothing read is left out of the count.
 */
final class Summary {

    /** How many skipped lines are named one by one (ranges count once). */
    private static final int NAMED = 12;

    private Summary() {}

    static String of(LogCheck.Log log) {
        StringBuilder sb = new StringBuilder();
        sb.append("  format   ").append(formats(log.entries())).append('\n');
        Recognizer.Recognised rec = log.recognised();
        sb.append("  entries  ").append(log.entries().size()).append(" read, ").append(rec.events().size())
                .append(" recognised, ").append(rec.skipped().size()).append(" skipped");
        if (!rec.skipped().isEmpty()) {
            sb.append(" (").append(rec.skipped().stream().map(LogEntry::id).collect(Collectors.joining(" "))).append(')');
        }
        sb.append('\n');
        List<Integer> other = log.otherLines();
        if (!other.isEmpty()) {
            sb.append("  prose    ").append(other.size()).append(other.size() == 1 ? " line is" : " lines are")
                    .append(" no log entry, skipped: line").append(other.size() == 1 ? " " : "s ")
                    .append(ranges(other)).append('\n');
        }
        return sb.toString();
    }

    /** {@code "; 3 other lines skipped"}, or nothing, for one-line errors. */
    static String other(int lines) {
        return lines == 0 ? "" : "; " + lines + " other line" + (lines == 1 ? "" : "s") + " skipped";
    }

    /** {@code [N] rendered: 6 entries}, one part per format in the order first met. */
    private static String formats(List<LogEntry> entries) {
        Map<LogFormat, Integer> count = new EnumMap<>(LogFormat.class);
        List<LogFormat> order = new ArrayList<>();
        for (LogEntry e : entries) {
            if (count.merge(e.format(), 1, Integer::sum) == 1) {
                order.add(e.format());
            }
        }
        String parts = order.stream().map(f -> f + ": " + count.get(f) + (count.get(f) == 1 ? " entry" : " entries"))
                .collect(Collectors.joining(", "));
        boolean unnumbered = order.stream().anyMatch(f -> !f.numbered());
        return parts + (unnumbered ? " (without [N]: numbered by the line each starts on)" : "");
    }

    /** {@code 1-2, 9, 30}: the lines, consecutive ones as a range, the first {@value #NAMED} ranges. */
    private static String ranges(List<Integer> lines) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size() && out.size() < NAMED) {
            int j = i;
            while (j + 1 < lines.size() && lines.get(j + 1) == lines.get(j) + 1) {
                j++;
            }
            out.add(i == j ? String.valueOf(lines.get(i)) : lines.get(i) + "-" + lines.get(j));
            i = j + 1;
        }
        return String.join(", ", out) + (i < lines.size() ? ", ..." : "");
    }
}
