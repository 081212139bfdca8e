/**
 * A threaded runtime for {@link dev.sledcheck.model.actor.ActorSystem}s: the model's actor
 * handlers, unchanged, each actor behind its own lock, the store behind one more; a thread delivers
 * a root message and everything it causes itself, in the order of
 * {@link dev.sledcheck.model.actor.Pending} (replies first, deferred work last). Its executions
 * are exactly the runs of {@link dev.sledcheck.model.actor.SameThread}, which is how the checker
 * answers the same question as Lincheck and jcstress. Nothing here knows about sleds.
 */
package dev.sledcheck.stress.runtime;
