/**
 * Where reports go: {@code FORMAT=PATH} targets ({@link dev.sledcheck.reports.output.Target}).
 * A file (or a new path) is written whole or not at all: a temporary file in the same directory,
 * then an atomic move; a symbolic link is followed and the file it leads to replaced, the link
 * kept; a FIFO, a character device or {@code /dev/stdout} is written through, never replaced
 * ({@link dev.sledcheck.reports.output.Destination}). {@code md} without a path appends to {@code
 * $GITHUB_STEP_SUMMARY}. Every target is checked before any search. Failures are {@link
 * dev.sledcheck.reports.output.ReportTargetException}s with one-line messages; input echoed in a
 * message goes through {@link dev.sledcheck.reports.output.Echo}.
 */
package dev.sledcheck.reports.output;
