package dev.sledcheck.reports.bench;

import java.util.List;

/**
 * One cell of the scaling table: one configuration checked under one reduction setting.
 *
 * @param key            what was measured, a value per {@link BenchTable#columns() key column}
 * @param outcome        SAFE, VIOLATED with the broken properties, or INCOMPLETE with the limit
 * @param store          how states were kept, as the result said it (exact, fingerprints...)
 * @param bytesPerState  heap the finished search still held, per state (-1 if not measured)
 * @param allInPerState  the fingerprint store, the paths and the packed queue at its widest, per
 *                       state, as the search counted them (-1 when it could not: whole states or
 *                       a queue of objects)
 * @param ratioToNone    this setting's seconds over the {@code none} setting's (NaN without one)
 */
public record BenchRow(List<String> key, String reduction, String outcome, String store, long states,
        long transitions, double seconds, double bytesPerState, double allInPerState, double ratioToNone) {

    public BenchRow {
        key = List.copyOf(key);
    }

    /** Distinct states per second of search. */
    public double statesPerSecond() {
        return seconds > 0 ? states / seconds : 0;
    }

    /** The row with its ratio to the {@code none} setting's time set. */
    public BenchRow withRatioToNone(double ratio) {
        return new BenchRow(key, reduction, outcome, store, states, transitions, seconds, bytesPerState, allInPerState, ratio);
    }
}
