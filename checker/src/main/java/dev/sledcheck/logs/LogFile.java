package dev.sledcheck.logs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;

/** Reads a log in any of the {@link LogFormat}s, line by line; see the package documentation. */
public final class LogFile {

    /**
     * What a text holds: its entries in file order, and the lines that are none (prose around a
     * pasted log, code fences), by number. Blank lines are neither.
     */
    public record Contents(List<LogEntry> entries, List<Integer> otherLines) {
        public Contents {
            entries = List.copyOf(entries);
            otherLines = List.copyOf(otherLines);
        }
    }

    private LogFile() {}

    /**
     * The entries of {@code text} in the order the file gives them (a log's own order; an edited
     * copy may reorder entries to ask "what if"), and the lines that are not part of one.
     *
     * @throws MalformedLogException on no entry at all, a key given twice in one entry, a number
     *     given to two entries, or a bunyan record without its time or level
     */
    public static Contents read(String text) throws MalformedLogException {
        List<LogEntry> entries = new ArrayList<>();
        List<Integer> other = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        LogEntry open = null;
        Map<String, String> fields = new LinkedHashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int no = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            Optional<LogEntry> head = header(line, no);
            if (head.isPresent()) {
                close(open, fields, entries);
                open = null;
                LogEntry e = head.get();
                Integer before = seen.putIfAbsent(e.number(), no);
                if (before != null) {
                    throw new MalformedLogException("line " + no + ": entry " + e.id()
                            + (e.format().numbered() ? "" : " (numbered by its line)") + " has the number of the entry"
                            + " that began on line " + before);
                }
                if (e.format().takesFieldLines()) {
                    open = e;
                    fields = new LinkedHashMap<>();
                } else {
                    entries.add(e);
                }
                continue;
            }
            Matcher f = RenderedHeader.FIELD.matcher(line);
            if (open != null && f.matches()) {
                if (fields.putIfAbsent(f.group(1), f.group(2).strip()) != null) {
                    throw new MalformedLogException("line " + no + ": key '" + f.group(1) + "' given twice in entry "
                            + open.id());
                }
                continue;
            }
            // Prose ends an entry: a 'key = value' line after it would be a guess.
            close(open, fields, entries);
            open = null;
            other.add(no);
        }
        close(open, fields, entries);
        if (entries.isEmpty()) {
            throw new MalformedLogException("no log entry found in any format sledcheck reads ([N] rendered,"
                    + " bunyan JSON lines, timestamp-first rendered, one-line rendered)"
                    + (other.isEmpty() ? "" : "; " + other.size() + " other line" + (other.size() == 1 ? "" : "s")));
        }
        return new Contents(entries, other);
    }

    /** The entry {@code line} begins, in whichever format's shape it has (they are disjoint). */
    private static Optional<LogEntry> header(String line, int no) throws MalformedLogException {
        Optional<LogEntry> e = RenderedHeader.parse(line, no);
        if (e.isEmpty()) {
            e = BunyanLine.parse(line, no);
        }
        if (e.isEmpty()) {
            e = OneLine.parse(line, no);
        }
        return e;
    }

    private static void close(LogEntry open, Map<String, String> fields, List<LogEntry> entries) {
        if (open != null) {
            entries.add(open.withFields(fields));
        }
    }

    /**
     * The index of the first entry whose number is smaller than the one before it, if any: in a
     * real log [N] rises with time, so a file out of [N] order has been reordered by hand.
     */
    public static OptionalInt outOfOrder(List<LogEntry> entries) {
        for (int i = 1; i < entries.size(); i++) {
            if (entries.get(i).number() < entries.get(i - 1).number()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
