package dev.sledcheck.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The seed's six log entries (test resource {@code seed-7282.log}, verbatim, in [N] order). */
public final class SeedLog {
    private SeedLog() {}

    public static String text() {
        try (InputStream in = SeedLog.class.getResourceAsStream("seed-7282.log")) {
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
}
