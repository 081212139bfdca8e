package dev.sledcheck.reports;

import dev.sledcheck.model.run.Cell;
import dev.sledcheck.model.run.Matrix;
import dev.sledcheck.model.run.MatrixRow;
import dev.sledcheck.model.run.Status;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A matrix as a text table: a row per configuration, a column per property. A verdict is its
 * initial ({@code V} for VIOLATED; the legend below says which letters the table uses), so seven
 * properties and the counts fit 100 columns. A found verdict is marked {@code =} when it is what the
 * prediction said and {@code !} when it is not; unmarked cells had no prediction. Mismatches are
 * spelled out below the table.
 */
public final class MatrixText {
    private MatrixText() {}

    /** The width the table and its legend keep to. */
    static final int WIDTH = 100;

    public static String render(Matrix m) {
        int confWidth = "configuration".length();
        for (MatrixRow r : m.rows()) {
            confWidth = Math.max(confWidth, r.configuration().length());
        }
        StringBuilder sb = new StringBuilder();
        sb.append(m.title()).append(": ").append(TextLog.count(m.rows().size(), "configuration")).append(" x ")
                .append(m.properties().size()).append(m.properties().size() == 1 ? " property" : " properties")
                .append("\n\n");
        sb.append(Wrap.pad("configuration", confWidth));
        for (String p : m.properties()) {
            sb.append("  ").append(Wrap.pad(p, cellWidth(p)));
        }
        sb.append(String.format(Locale.ROOT, "  %10s %12s", "states", "transitions").stripTrailing()).append('\n');
        Set<Status> used = EnumSet.noneOf(Status.class);
        boolean anyPrediction = false;
        for (MatrixRow r : m.rows()) {
            sb.append(Wrap.pad(r.configuration(), confWidth));
            for (String p : m.properties()) {
                Cell c = r.cells().stream().filter(x -> x.property().equals(p)).findFirst().orElse(null);
                if (c != null) {
                    used.add(c.found());
                    anyPrediction |= c.predicted() != null;
                }
                sb.append("  ").append(Wrap.pad(c == null ? "-" : mark(c), cellWidth(p)));
            }
            sb.append(String.format(Locale.ROOT, "  %10d %12d", r.result().stats().states(),
                    r.result().stats().transitions())).append('\n');
        }
        sb.append('\n').append(legend(used, anyPrediction));
        long predicted = m.rows().stream().flatMap(r -> r.cells().stream()).filter(c -> c.predicted() != null).count();
        if (predicted > 0) {
            sb.append("predictions: ").append(predicted - m.mismatches()).append(" of ").append(predicted)
                    .append(" found as predicted\n");
        }
        for (MatrixRow r : m.rows()) {
            for (Cell c : r.cells()) {
                if (!c.predictedRight()) {
                    sb.append(Wrap.hanging("  ! ", r.configuration() + " " + c.property() + ": predicted "
                            + c.predicted() + ", found " + c.found() + " (prediction's reason: " + c.why() + ")", WIDTH));
                }
            }
        }
        return sb.toString();
    }

    /** The letters the table used, and the marks when some cell had a prediction. */
    static String legend(Set<Status> used, boolean anyPrediction) {
        List<String> parts = new ArrayList<>();
        for (Status s : used) {
            parts.add(s.name().charAt(0) + " " + s.name());
        }
        String text = "legend: " + String.join(", ", parts)
                + (anyPrediction ? "; = found as predicted, ! differs from the prediction" : "") + ".";
        return String.join("\n", Wrap.lines(text, WIDTH)) + "\n";
    }

    private static int cellWidth(String property) {
        return Math.max(3, property.length());
    }

    private static String mark(Cell c) {
        String letter = String.valueOf(c.found().name().charAt(0));
        if (c.predicted() == null) {
            return letter;
        }
        return letter + (c.predictedRight() ? " =" : " !");
    }
}
