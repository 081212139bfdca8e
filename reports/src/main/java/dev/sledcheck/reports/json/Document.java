package dev.sledcheck.reports.json;

import dev.sledcheck.reports.Report;
import dev.sledcheck.reports.engines.Agreement;

/** What a saved file turned out to hold: a checker result or an agreement of engines. */
public sealed interface Document {

    /** A {@code sledcheck-result}: what {@code check} or {@code matrix} saved as JSON. */
    record Result(Report report) implements Document {}

    /**
     * A {@code sledcheck-agreement}; its {@code jcstressReport} is resolved against the file's
     * directory and kept only when that file exists.
     */
    record Engines(Agreement agreement) implements Document {}
}
