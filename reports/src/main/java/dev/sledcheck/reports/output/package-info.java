/**
 * Where reports go: {@code FORMAT=PATH} targets ({@link dev.sledcheck.reports.output.Target}),
 * each written whole or not at all (a temporary file in the same directory, then an atomic move),
 * and the one exception: {@code md} without a path appends to {@code $GITHUB_STEP_SUMMARY}.
 * Failures are {@link dev.sledcheck.reports.output.ReportTargetException}s with one-line messages.
 */
package dev.sledcheck.reports.output;
