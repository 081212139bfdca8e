/**
 * A generic actor layer on top of {@link dev.sledcheck.model.core.Model}: actors with pure
 * handlers, an unordered network, and one optional shared store.
 *
 * <p>Vocabulary: an {@link dev.sledcheck.model.actor.Actor} handles one message per
 * <em>step</em>; a step is atomic (like code under one lock or one database transaction). A
 * request and its reply are two messages, so two steps: the window between them is where races
 * live. The network is a multiset: messages in flight are unordered, never duplicated, never lost.
 * An actor's own continuation ("the next iteration may run now") is a message to itself. The
 * <em>store</em> is state that several actors' steps read and write atomically (Nexus's database in
 * the omicron model); only actors registered with {@link dev.sledcheck.model.actor.Access#STORE}
 * may touch it, which is also what tells a threaded runtime which steps take the store's lock.
 *
 * <p>{@link dev.sledcheck.model.actor.SameThread} narrows a system to what a runtime that delivers
 * every message on the thread that sent it can do, in the order of
 * {@link dev.sledcheck.model.actor.Pending}; the stress module's threaded runtime uses the same order.
 *
 * <p>Nothing here knows about sleds. Stateright's {@code ActorModel} is the example this follows.
 */
package dev.sledcheck.model.actor;
