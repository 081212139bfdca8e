package dev.sledcheck.checker;

import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.core.Reduction;
import java.util.ArrayList;
import java.util.List;

/**
 * A model explored through its reductions: every state is replaced by its representative, so the
 * searches need not know reductions exist. Runs found here are runs of the quotient; {@link
 * Concretize} turns them back into runs of the full model.
 */
final class Reduced<S, A> implements Model<S, A> {
    private final Model<S, A> full;
    private final List<Reduction<S>> reductions;

    Reduced(Model<S, A> full, List<Reduction<S>> reductions) {
        this.full = full;
        this.reductions = List.copyOf(reductions);
    }

    S representative(S state) {
        S s = state;
        for (Reduction<S> r : reductions) {
            s = r.representative(s);
        }
        return s;
    }

    @Override
    public List<S> initialStates() {
        List<S> out = new ArrayList<>();
        for (S s : full.initialStates()) {
            S r = representative(s);
            if (!out.contains(r)) {
                out.add(r);
            }
        }
        return out;
    }

    @Override
    public void actions(S state, List<A> into) {
        full.actions(state, into);
    }

    @Override
    public S next(S state, A action) {
        return representative(full.next(state, action));
    }

    @Override
    public List<Property<S, A>> properties() {
        return full.properties();
    }

    @Override
    public String token(S state, A action) {
        return full.token(state, action);
    }

    @Override
    public String actor(S state, A action) {
        return full.actor(state, action);
    }

    @Override
    public String sender(S state, A action) {
        return full.sender(state, action);
    }

    @Override
    public List<Facet> facets(S state) {
        return full.facets(state);
    }

    @Override
    public String describe(S state, A action) {
        return full.describe(state, action);
    }
}
