/**
 * Is a log a possible run of a {@link dev.sledcheck.model.core.Model}? A log becomes a list of
 * {@link dev.sledcheck.trace.Group groups} of {@link dev.sledcheck.trace.Observation observations}
 * (each one a step, or a fact about a state, of the model), and {@link
 * dev.sledcheck.trace.TraceSearch} looks, breadth-first over (state, next group, bindings), for a run
 * that shows the groups in order, the unlogged steps filled in.
 *
 * <p>What a log says, precisely (the rules every result is read by):
 * <ul>
 *   <li>A group of step observations is one step of the run: all its members are true of that
 *       step (two log lines may report one atomic step of the model).
 *   <li>A state observation holds in the state the run has reached when its entry comes.
 *   <li>Each logged event happens where it is logged, and not also earlier: a step that a pending
 *       (not yet matched) observation describes may not be taken as an unlogged step. Without
 *       this rule a request that the log shows completing at [N] could complete, unlogged, before
 *       an earlier entry, and the log would "match" a run in which the same request completed
 *       twice.
 *   <li>Log identifiers (UUIDs) are bound to model identifiers on first match, one to one; a
 *       pending observation whose identifier is still unbound is taken to describe any.
 * </ul>
 * The search is exhaustive and deterministic; the first group it cannot reach is reported with a
 * reason, found by searching again from there with the third rule lifted (which logged event
 * would have had to come first) or, failing that, the nearest misses seen.
 */
package dev.sledcheck.trace;
