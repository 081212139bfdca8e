/**
 * The explicit-state explorer: {@link dev.sledcheck.checker.Checker} decides each selected property
 * of a {@link dev.sledcheck.model.core.Model} by breadth-first search (level by level, on any
 * number of threads, {@link dev.sledcheck.checker.LevelSearch}) or depth-first search, storing the
 * states seen whole or as fingerprints ({@link dev.sledcheck.checker.store}), or looks for
 * violations by swarm search ({@link dev.sledcheck.checker.SwarmSearch}: seeded random walks,
 * which decide no SAFE); and {@link dev.sledcheck.checker.Replay} re-runs a schedule step by step.
 *
 * <p>Invariant: output depends only on the model and the options, never on the number of threads
 * or on hash order (hash tables are for lookup, never iterated), so two checks of the same model
 * differ only in {@code Stats.seconds}. Models and properties must be pure: a search on several
 * threads calls them from all of them.
 */
package dev.sledcheck.checker;
