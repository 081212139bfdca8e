package dev.sledcheck.logs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the seed's log format; see the package documentation. */
public final class LogFile {

    private static final Pattern HEADER =
            Pattern.compile("\\[(\\d{1,18})] (\\S+) ([A-Z]+) (\\S+) \\(([^()]+)\\): (.*)");
    private static final Pattern FIELD = Pattern.compile("([A-Za-z_][A-Za-z0-9_.]*) = (.*)");

    private LogFile() {}

    /**
     * The entries of {@code text} in the order the file gives them (a log's own order; an edited
     * copy may reorder entries to ask "what if"). Blank lines are ignored.
     *
     * @throws MalformedLogException on a line that is neither a header nor a {@code key = value}
     *     line, a field before the first header, a key given twice in one entry, a number given to
     *     two entries, or no entry at all
     */
    public static List<LogEntry> parse(String text) throws MalformedLogException {
        List<LogEntry> entries = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        Matcher head = null;
        int headLine = 0;
        Map<String, String> fields = new LinkedHashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int no = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            Matcher h = HEADER.matcher(line);
            if (h.matches()) {
                if (head != null) {
                    entries.add(entry(head, headLine, fields));
                }
                long number = Long.parseLong(h.group(1));
                Integer other = seen.putIfAbsent(number, no);
                if (other != null) {
                    throw new MalformedLogException("line " + no + ": entry [" + number
                            + "] already began on line " + other);
                }
                head = h;
                headLine = no;
                fields = new LinkedHashMap<>();
                continue;
            }
            Matcher f = FIELD.matcher(line);
            if (!f.matches()) {
                throw new MalformedLogException("line " + no + ": neither an entry header"
                        + " '[N] <timestamp> <LEVEL> <test> (<component>): <message>' nor a 'key = value' line");
            }
            if (head == null) {
                throw new MalformedLogException("line " + no + ": a 'key = value' line before the first entry header");
            }
            if (fields.putIfAbsent(f.group(1), f.group(2).strip()) != null) {
                throw new MalformedLogException("line " + no + ": key '" + f.group(1) + "' given twice in entry ["
                        + head.group(1) + "]");
            }
        }
        if (head == null) {
            throw new MalformedLogException("no log entry found (an entry starts with a line '[N] <timestamp> ...')");
        }
        entries.add(entry(head, headLine, fields));
        return List.copyOf(entries);
    }

    private static LogEntry entry(Matcher h, int line, Map<String, String> fields) {
        return new LogEntry(Long.parseLong(h.group(1)), line, h.group(2), h.group(3), h.group(4), h.group(5),
                h.group(6).strip(), fields);
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
