/**
 * The scaling table of {@code sledcheck bench}: a plain {@link dev.sledcheck.reports.bench.BenchTable}
 * of rows (one run each, keyed by what it measured in the {@link dev.sledcheck.reports.bench.KeyColumn
 * key columns} a model's bench chooses: states, transitions, seconds, states per second, bytes per
 * state, time relative to no reduction), rendered as text, Markdown and JSON
 * ({@link dev.sledcheck.reports.json.BenchJson}). Only the timing and memory cells vary between
 * runs of the same table.
 */
package dev.sledcheck.reports.bench;
