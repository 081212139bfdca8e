package dev.sledcheck.logs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sledcheck.reports.output.Echo;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One bunyan record on one line, as omicron's slog-bunyan writes it: {@code msg}, {@code time},
 * numeric {@code level}, {@code name}, {@code component}, {@code v}, {@code hostname}, {@code pid},
 * and every key field as a member of its own. A key field's value is read as text whatever its
 * JSON type ({@code "response_code":"200"} and {@code "latency_us":1441} alike), as the rendered
 * formats print it; a nested object or array keeps its JSON text.
 *
 * <p>What is a record: a line that is one JSON object with a {@code msg} member. A line that is
 * not JSON, or JSON without {@code msg}, is not an entry (prose); a record whose {@code msg}, {@code
 * time} or {@code level} is of the wrong kind, or that gives a member twice, is a broken entry.
 */
final class BunyanLine {

    /** bunyan's core fields, which are not key fields. */
    private static final Set<String> CORE = Set.of("msg", "time", "level", "name", "component", "v", "hostname", "pid");

    private static final ObjectMapper JSON = new ObjectMapper();

    private BunyanLine() {}

    static Optional<LogEntry> parse(String line, int no) throws MalformedLogException {
        if (!line.startsWith("{") || !line.endsWith("}")) {
            return Optional.empty();
        }
        Map<String, Value> members = new LinkedHashMap<>();
        String twice = null;
        try (JsonParser p = JSON.createParser(line)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken t = p.nextToken();
                Value v = t.isStructStart() ? new Value(t, p.readValueAsTree().toString()) : new Value(t, p.getText());
                if (members.putIfAbsent(key, v) != null && twice == null) {
                    twice = key;
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        Value msg = members.get("msg");
        if (msg == null) {
            return Optional.empty();
        }
        if (twice != null) {
            throw new MalformedLogException("line " + no + ": bunyan record gives " + Echo.quote(twice) + " twice");
        }
        String time = text(members, "time", JsonToken.VALUE_STRING, no);
        String level = text(members, "level", JsonToken.VALUE_NUMBER_INT, no);
        text(members, "msg", JsonToken.VALUE_STRING, no);
        Map<String, String> fields = new LinkedHashMap<>();
        members.forEach((k, v) -> {
            if (!CORE.contains(k)) {
                fields.put(k, v.text());
            }
        });
        return Optional.of(new LogEntry(no, no, LogFormat.BUNYAN_JSON, time, level(level),
                optional(members, "name"), optional(members, "component"), msg.text().strip(), fields));
    }

    private record Value(JsonToken token, String text) {}

    private static String text(Map<String, Value> members, String key, JsonToken kind, int no)
            throws MalformedLogException {
        Value v = members.get(key);
        if (v == null || v.token() != kind) {
            String want = kind == JsonToken.VALUE_STRING ? "a string" : "an integer (bunyan's numeric level)";
            throw new MalformedLogException("line " + no + ": bunyan record's '" + key + "' is "
                    + (v == null ? "missing" : Echo.quote(v.text())) + ", not " + want);
        }
        return v.text();
    }

    private static String optional(Map<String, Value> members, String key) {
        Value v = members.get(key);
        return v == null ? "" : v.text().strip();
    }

    /** bunyan's numeric levels as slog's renderers (and the seed) print them. */
    private static String level(String n) {
        return switch (n) {
            case "10" -> "TRCE";
            case "20" -> "DEBG";
            case "30" -> "INFO";
            case "40" -> "WARN";
            case "50" -> "ERRO";
            case "60" -> "CRIT";
            default -> "L" + n;
        };
    }
}
