package dev.sledcheck.reports.bench;

import dev.sledcheck.reports.Setting;
import java.util.List;

/**
 * What {@code sledcheck bench} measured: its settings and one row per run, in run order.
 *
 * @param columns what keys a row (the configuration's parts), each row holding a value for each
 */
public record BenchTable(String title, List<KeyColumn> columns, List<Setting> settings, List<BenchRow> rows) {
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
}
