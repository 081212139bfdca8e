/**
 * The explicit-state explorer: {@link dev.sledcheck.checker.Checker} decides each selected property
 * of a {@link dev.sledcheck.model.core.Model} by breadth- or depth-first search with exact state
 * deduplication, and {@link dev.sledcheck.checker.Replay} re-runs a schedule step by step.
 * Invariant: output depends only on the model and the options (hash tables are for lookup, never
 * iterated), so two checks of the same model differ only in {@code Stats.seconds}.
 */
package dev.sledcheck.checker;
