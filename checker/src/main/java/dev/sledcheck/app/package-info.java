/**
 * The omicron application of the generic checker: build a {@link
 * dev.sledcheck.model.omicron.Configuration}'s system, check it, and compare the verdicts with the
 * labelled predictions file ({@code predictions.tsv}). What any model's commands share lives here
 * too, free of omicron's words: the bench's timing loop ({@link dev.sledcheck.app.Bench}, {@link
 * dev.sledcheck.app.BenchRun}), the reduction settings it compares, the reports' assembly, reading
 * a labelled file ({@link dev.sledcheck.app.LabelledRows}) and the commands a run prints ({@link
 * dev.sledcheck.app.Invocation}). The engine ({@code dev.sledcheck.checker}) knows nothing of this
 * package; the CLI is a thin layer over it.
 */
package dev.sledcheck.app;
