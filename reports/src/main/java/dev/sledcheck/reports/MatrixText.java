package dev.sledcheck.reports;

import dev.sledcheck.model.run.Cell;
import dev.sledcheck.model.run.Matrix;
import dev.sledcheck.model.run.MatrixRow;
import java.util.Locale;

/**
 * A matrix as a text table: a row per configuration, a column per property. A found verdict is
 * marked {@code =} when it is what the prediction said and {@code !} when it is not; unmarked
 * cells had no prediction. Mismatches are spelled out below the table.
 */
public final class MatrixText {
    private MatrixText() {}

    public static String render(Matrix m) {
        int confWidth = "configuration".length();
        for (MatrixRow r : m.rows()) {
            confWidth = Math.max(confWidth, r.configuration().length());
        }
        int cellWidth = 12;
        StringBuilder sb = new StringBuilder();
        sb.append(m.title()).append(": ").append(m.rows().size()).append(" configurations x ")
                .append(m.properties().size()).append(" properties\n\n");
        sb.append(pad("configuration", confWidth));
        for (String p : m.properties()) {
            sb.append("  ").append(pad(p, cellWidth));
        }
        sb.append("  ").append(String.format(Locale.ROOT, "%10s %12s", "states", "transitions")).append('\n');
        for (MatrixRow r : m.rows()) {
            sb.append(pad(r.configuration(), confWidth));
            for (String p : m.properties()) {
                Cell c = r.cells().stream().filter(x -> x.property().equals(p)).findFirst().orElse(null);
                sb.append("  ").append(pad(c == null ? "-" : mark(c), cellWidth));
            }
            sb.append("  ").append(String.format(Locale.ROOT, "%10d %12d", r.result().stats().states(),
                    r.result().stats().transitions())).append('\n');
        }
        long predicted = m.rows().stream().flatMap(r -> r.cells().stream()).filter(c -> c.predicted() != null).count();
        sb.append("\nlegend: = found as predicted; ! differs from the prediction; no mark: no prediction\n");
        sb.append("predictions: ").append(predicted - m.mismatches()).append(" of ").append(predicted)
                .append(" found as predicted\n");
        for (MatrixRow r : m.rows()) {
            for (Cell c : r.cells()) {
                if (!c.predictedRight()) {
                    sb.append("  ! ").append(r.configuration()).append(' ').append(c.property())
                            .append(": predicted ").append(c.predicted()).append(", found ").append(c.found())
                            .append(" (prediction's reason: ").append(c.why()).append(")\n");
                }
            }
        }
        return sb.toString();
    }

    private static String mark(Cell c) {
        if (c.predicted() == null) {
            return c.found().name();
        }
        return c.found().name() + (c.predictedRight() ? " =" : " !");
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }
}
