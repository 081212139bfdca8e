package dev.sledcheck.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed's six log entries (test resource {@code seed-7282.log}, verbatim, in [N] order) and
 * the same six written in the other formats, with the same messages, fields and values: {@code
 * seed-7282.json-lines.log} (bunyan records; booleans and latencies as JSON values, the rest as
 * strings, as slog-bunyan types them; no hostname or pid, which the seed does not give), {@code
 * seed-7282.rendered.log} (looker's view: time of day, indented fields) and {@code
 * seed-7282.one-line.log} (slog-term: month and day, no logger name).
 */
public final class SeedLog {

    /** The seed's resource and its three other renderings. */
    public static final List<String> FORMATS =
            List.of("seed-7282.log", "seed-7282.json-lines.log", "seed-7282.rendered.log", "seed-7282.one-line.log");

    /** Prose as it comes around a pasted log (the seed's own sentences, a code fence). */
    private static final List<String> PROSE = List.of(
            "I think this is a bug in the simulated sled agent. First, we see the VMM go to the Destroyed state:",
            "```",
            "This HTTP request completes here:",
            "Later we see an instance updater saga dutifully move the instance to Failed:");

    private static final Pattern ID = Pattern.compile("\\[(\\d+)]");

    private SeedLog() {}

    public static String text() {
        return resource("seed-7282.log");
    }

    public static String resource(String name) {
        try (InputStream in = SeedLog.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} with the entry {@code id} cut out and put back just before {@code before}. */
    public static String moved(String text, String id, String before) {
        List<String> blocks = List.of(text.split("(?m)(?=^\\[)"));
        String block = blocks.stream().filter(b -> b.startsWith(id)).findFirst().orElseThrow();
        StringBuilder sb = new StringBuilder();
        for (String b : blocks) {
            if (b.startsWith(before)) {
                sb.append(block);
            }
            if (!b.equals(block)) {
                sb.append(b);
            }
        }
        return sb.toString();
    }

    /**
     * {@code text} with a line of prose before each entry and two after the last: what an issue
     * thread makes of a log. An entry starts at a line that is neither indented nor {@code key = value}.
     */
    public static String withProse(String text) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (String line : text.split("\n")) {
            if (!line.startsWith(" ") && !line.matches("[A-Za-z_][A-Za-z0-9_.]* = .*")) {
                sb.append(PROSE.get(n++ % PROSE.size())).append('\n');
            }
            sb.append(line).append('\n');
        }
        return sb.append("\n```\nThen the auto-restart task sends a new start request for the instance.\n").toString();
    }

    /**
     * {@code out} with each entry's id replaced by its place among the entries ({@code #1}, ...):
     * formats without [N] number entries by their line, so the same six entries have other ids in
     * each format, and this is what stays the same. Runs of spaces become one, as ids of another
     * width pad the columns differently.
     */
    public static String byPlace(String out, LogCheck.Log log) {
        Map<String, Integer> place = new HashMap<>();
        for (int i = 0; i < log.entries().size(); i++) {
            place.put(log.entries().get(i).id(), i + 1);
        }
        Matcher m = ID.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Integer p = place.get(m.group());
            m.appendReplacement(sb, Matcher.quoteReplacement(p == null ? m.group() : "#" + p));
        }
        m.appendTail(sb);
        return sb.toString().replaceAll(" +", " ");
    }
}
