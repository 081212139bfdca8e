package dev.sledcheck.model.actor;

/**
 * A typed handle on an actor of a system, as {@link SystemBuilder#add} returns it: a
 * property or a facet reads the actor's state through it with its own type, no cast.
 *
 * @param <S> the actor's state type
 */
public record Ref<S>(Id id, String name) {

    /** The actor's state in {@code state}. */
    @SuppressWarnings("unchecked")
    public S in(SystemState<?, ?> state) {
        return (S) state.actors().get(id.index());
    }
}
