package dev.sledcheck.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The full {@code matrix}, run once per test JVM with every report written to
 * {@code target/matrix-report/}: the tests that read its output or its reports share the one run
 * (it is the longest command the tests run in-process) instead of each running it again.
 */
final class MatrixOnce {
    static final Path OUT = Path.of("target/matrix-report");

    private static Cli run;

    private MatrixOnce() {}

    /** What {@code matrix} printed, its reports in {@link #OUT}. */
    static synchronized Cli run() {
        if (run == null) {
            try {
                Files.createDirectories(OUT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            run = ReportCliTest.withReports(OUT, "matrix");
        }
        return run;
    }

    /** The report {@code report.FORMAT} it wrote. */
    static Path report(String format) {
        run();
        return OUT.resolve("report." + format);
    }
}
