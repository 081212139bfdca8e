package dev.sledcheck.model.core;

import java.util.List;
import java.util.Objects;

/**
 * A model that starts at one given state of another and is otherwise the same model: same actions,
 * steps, properties and names. It lets a question be asked "from here": e.g. from the state a
 * schedule prefix leads to, so that the checker and the stress engines start from the same point.
 */
public final class StartAt<S, A> implements Model<S, A> {
    private final Model<S, A> inner;
    private final S start;

    public StartAt(Model<S, A> inner, S start) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.start = Objects.requireNonNull(start, "start");
    }

    /** The state this model starts at. */
    public S start() {
        return start;
    }

    @Override
    public List<S> initialStates() {
        return List.of(start);
    }

    @Override
    public void actions(S state, List<A> into) {
        inner.actions(state, into);
    }

    @Override
    public S next(S state, A action) {
        return inner.next(state, action);
    }

    @Override
    public List<Property<S, A>> properties() {
        return inner.properties();
    }

    @Override
    public String token(S state, A action) {
        return inner.token(state, action);
    }

    @Override
    public String actor(S state, A action) {
        return inner.actor(state, action);
    }

    @Override
    public String sender(S state, A action) {
        return inner.sender(state, action);
    }

    @Override
    public List<Facet> facets(S state) {
        return inner.facets(state);
    }

    @Override
    public String describe(S state, A action) {
        return inner.describe(state, action);
    }
}
