package dev.sledcheck.reports.bench;

import dev.sledcheck.reports.Setting;
import java.util.List;

/**
 * What {@code sledcheck bench} measured: its settings and one row per run, in run order.
 *
 * @param columns  what keys a row (the configuration's parts), each row holding a value for each
 * @param baseline the same table measured by another build, or null (see {@link Baseline})
 */
public record BenchTable(String title, List<KeyColumn> columns, List<Setting> settings, List<BenchRow> rows,
        Baseline baseline) {

    /** A table with no baseline. */
    public BenchTable(String title, List<KeyColumn> columns, List<Setting> settings, List<BenchRow> rows) {
        this(title, columns, settings, rows, null);
    }

    public BenchTable {
        columns = List.copyOf(columns);
        settings = List.copyOf(settings);
        rows = List.copyOf(rows);
        for (BenchRow r : rows) {
            if (r.key().size() != columns.size()) {
                throw new IllegalArgumentException("a row keyed " + r.key() + " in a table of columns " + columns);
            }
        }
    }

    /** This table beside {@code other}'s measurements of it. */
    public BenchTable against(Baseline other) {
        return new BenchTable(title, columns, settings, rows, other);
    }
}
