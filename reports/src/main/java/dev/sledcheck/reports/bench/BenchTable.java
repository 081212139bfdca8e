package dev.sledcheck.reports.bench;

import dev.sledcheck.reports.Setting;
import java.util.List;

/** What {@code sledcheck bench} measured: its settings and one row per run, in run order. */
public record BenchTable(String title, List<Setting> settings, List<BenchRow> rows) {
    public BenchTable {
        settings = List.copyOf(settings);
        rows = List.copyOf(rows);
    }
}
