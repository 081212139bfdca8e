package dev.sledcheck.model.actor;

import java.util.List;

/**
 * A state of an {@link ActorSystem}: every actor's state (by {@link Id#index()}), the shared
 * store, and the messages in flight (a multiset kept sorted, so equal multisets are equal lists).
 */
public record SystemState<G, M>(List<Object> actors, G store, List<Envelope<M>> network) {

    /** The state of actor {@code id}, cast to the type the caller knows it has. */
    @SuppressWarnings("unchecked")
    public <S> S actor(Id id) {
        return (S) actors.get(id.index());
    }
}
