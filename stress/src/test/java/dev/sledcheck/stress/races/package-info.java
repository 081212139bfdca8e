/**
 * The questions the checker, Lincheck and jcstress all answer ({@link dev.sledcheck.stress.races.Race}:
 * a configuration, a start state named by a literal schedule, the operations that race from it),
 * and the checker's answers ({@link dev.sledcheck.stress.races.CheckerAnswer}): verdicts in both
 * deliveries, and the outcomes and end states reachable under the runtime's narrowing.
 */
package dev.sledcheck.stress.races;
