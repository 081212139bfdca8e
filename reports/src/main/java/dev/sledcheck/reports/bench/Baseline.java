package dev.sledcheck.reports.bench;

import java.util.List;
import java.util.Map;

/**
 * The same table measured by another build of sledcheck (a jar of an earlier commit, say), for a
 * before-and-after in one run: each row's states per second there, by its key and reduction.
 *
 * @param source          what measured it (the jar's path, as given)
 * @param statesPerSecond per row's {@link #of key}, its states per second in that build
 */
public record Baseline(String source, Map<String, Double> statesPerSecond) {

    public Baseline {
        statesPerSecond = Map.copyOf(statesPerSecond);
    }

    /** A row's key for matching: its key columns' values and its reduction. */
    public static String of(List<String> key, String reduction) {
        return String.join("\u001f", key) + "\u001f" + reduction;
    }

    /** The baseline's states per second for {@code row}, or NaN where it measured no such row. */
    public double statesPerSecond(BenchRow row) {
        Double v = statesPerSecond.get(of(row.key(), row.reduction()));
        return v == null ? Double.NaN : v;
    }

    /** How many times faster {@code row} is than the baseline's (NaN where either rate is missing or 0). */
    public double speedup(BenchRow row) {
        double before = statesPerSecond(row);
        return before > 0 && row.statesPerSecond() > 0 ? row.statesPerSecond() / before : Double.NaN;
    }
}
