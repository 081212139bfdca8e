package dev.sledcheck.cli;

import dev.sledcheck.reports.bench.BenchMarkdown;
import dev.sledcheck.reports.bench.BenchTable;
import dev.sledcheck.reports.bench.BenchText;
import dev.sledcheck.reports.json.BenchJson;
import dev.sledcheck.reports.output.Format;

/** The bench table in a report format (bench has no HTML rendering). */
final class BenchFormats {
    private BenchFormats() {}

    static String render(Format format, BenchTable table) {
        switch (format) {
            case TEXT:
                return BenchText.render(table);
            case MD:
                return BenchMarkdown.render(table);
            case JSON:
                return BenchJson.render(table);
            default:
                throw new IllegalArgumentException("bench writes text, md or json, not " + format.label());
        }
    }
}
