/**
 * The omicron application of the generic checker: build a {@link
 * dev.sledcheck.model.omicron.Configuration}'s system, check it, and compare the verdicts with the
 * labelled predictions file ({@code predictions.tsv}). The engine ({@code dev.sledcheck.checker})
 * knows nothing of this package; the CLI is a thin layer over it.
 */
package dev.sledcheck.app;
