package dev.sledcheck.model.actor;

/**
 * A protocol participant written as pure step functions. A handler returns the actor's next state
 * (the same instance when nothing changed) and records what it sends, notes and (for
 * {@link Access#STORE} actors) writes through {@link Ctx}. It never touches threads, clocks or
 * randomness, which is what lets the checker and a threaded runtime host the same code.
 *
 * @param <S> the actor's state, an immutable value
 * @param <M> the system's message type
 * @param <G> the system's shared store type
 */
public interface Actor<S, M, G> {

    /** The initial state; may send messages (e.g. a first self-message that starts a task). */
    S init(Id self, Ctx<M, G> ctx);

    /** Handles one message: one atomic step. */
    S receive(Id self, S state, Id from, M msg, Ctx<M, G> ctx);

    /**
     * Handles a timer this actor set ({@link Ctx#setTimer}) firing: one atomic step. By default,
     * as a message from itself.
     */
    default S timeout(Id self, S state, M timer, Ctx<M, G> ctx) {
        return receive(self, state, self, timer, ctx);
    }
}
