package dev.sledcheck.explore;

import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import java.util.List;

/**
 * {@code inner} as if {@code root} were its only initial state: the checker, which always starts
 * from initial states, can then search from wherever an exploration stands. Everything else is
 * the inner model's, so runs found from here read exactly like runs from the start.
 */
public record Rooted<S, A>(Model<S, A> inner, S root) implements Model<S, A> {

    @Override
    public List<S> initialStates() {
        return List.of(root);
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
