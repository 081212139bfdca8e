package dev.sledcheck.model.actor;

import java.util.List;

/**
 * Faults a model names, beside its {@link Network}'s blind losses and duplicates: what can go wrong
 * with a message in flight, and what its actors then see. A fault is an action of its own, offered
 * beside the message's delivery ({@link Envelope#fault}): the message leaves the network unread and
 * the model's notice of the failure (a connection error, a timeout) is delivered in the same step
 * to the actor the model names, whose handler says what happens next in the model's own words.
 *
 * <p>The model keeps its own budget (in an actor's state, so that reductions see it) and offers
 * nothing once it is spent: every run then has finitely many faults, a bound its SAFE verdicts
 * state. Offering is a pure function of the state, so exploration stays repeatable.
 */
@FunctionalInterface
public interface Faults<M, G> {

    /** Appends to {@code into} the faults that may strike {@code inFlight} (a message, not a timer) in {@code state}. */
    void strike(SystemState<M, G> state, Envelope<M> inFlight, List<Envelope<M>> into);
}
