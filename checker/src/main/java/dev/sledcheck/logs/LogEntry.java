package dev.sledcheck.logs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One log entry, whatever format it was written in: its number, where it starts, the bunyan core
 * fields and its key fields in the order they were written.
 *
 * @param number    its [N]; for a format without numbers, the line it starts on (see {@link
 *                  LogFormat#numbered()})
 * @param line      the line of the file it starts on (from 1), for messages
 * @param timestamp as written (formats differ: with or without the date)
 * @param level     bunyan's level as the renderers print it ({@code INFO}, {@code DEBG}, ...)
 * @param name      the logger's name: the test's, {@code SledAgent}, a Nexus id; empty if the
 *                  format does not give it
 * @param component the slog component ({@code dropshot_internal}, ...); empty if none
 */
public record LogEntry(long number, int line, LogFormat format, String timestamp, String level, String name,
        String component, String message, Map<String, String> fields) {

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

    /** This entry with the fields its later lines gave. */
    LogEntry withFields(Map<String, String> more) {
        return new LogEntry(number, line, format, timestamp, level, name, component, message, more);
    }
}
