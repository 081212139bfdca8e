package dev.sledcheck.logs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One log entry: its number [N], the header's fields, and its {@code key = value} lines in the
 * order they were written.
 *
 * @param line the line of the file its header is on (from 1), for messages
 */
public record LogEntry(long number, int line, String timestamp, String level, String test, String component,
        String message, Map<String, String> fields) {

    public LogEntry {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** {@code [10409]}: how the seed names an entry. */
    public String id() {
        return "[" + number + "]";
    }

    public Optional<String> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }
}
