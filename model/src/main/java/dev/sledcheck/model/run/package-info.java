/**
 * What an exploration produces, as plain data that renderers read: a
 * {@link dev.sledcheck.model.run.Verdict} per property, the {@link dev.sledcheck.model.run.Run}
 * that shows it (a counterexample, or an example for an existential property), and the
 * {@link dev.sledcheck.model.run.Stats} of the search. A run's {@code schedule()} is the one-line
 * string that {@code replay} accepts. Engine-independent: the checker and the stress engines
 * report in these terms.
 */
package dev.sledcheck.model.run;
