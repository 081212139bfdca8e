package dev.sledcheck.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of a labelled file people write, a predictions file: tab-separated fields, as many on
 * every row; a line starting {@code #} is a comment (the label saying who wrote it and how), and
 * blank lines are skipped. A row remembers its line, so that what is wrong in it is said with
 * {@code FILE:LINE}.
 */
public final class LabelledRows {
    private LabelledRows() {}

    /** A row's fields and where it stands. */
    public record Row(String source, int line, List<String> fields) {
        public Row {
            fields = List.copyOf(fields);
        }

        public String field(int i) {
            return fields.get(i);
        }

        /** {@code message} about this row, prefixed with its file and line. */
        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(source + ":" + line + ": " + message);
        }
    }

    /**
     * The rows of the class-path resource {@code name}, found as {@code anchor.getResource} finds it
     * (relative to its package, or absolute with a leading {@code /}) through its class loader.
     *
     * @throws IllegalArgumentException when it is missing or a row has another number of fields
     */
    public static List<Row> resource(Class<?> anchor, String name, int fields) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing resource " + name + " (beside " + anchor.getName() + ")");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name, fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows {@code in} holds; {@code source} names it in errors. */
    public static List<Row> read(BufferedReader in, String source, int fields) throws IOException {
        List<Row> rows = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != fields) {
                throw new IllegalArgumentException(source + ":" + n + ": expected " + fields
                        + " tab-separated fields, got " + f.length);
            }
            rows.add(new Row(source, n, Arrays.asList(f)));
        }
        return rows;
    }
}
