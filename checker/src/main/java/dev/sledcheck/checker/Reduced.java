package dev.sledcheck.checker;

import dev.sledcheck.model.core.ForwardingModel;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Reduction;
import java.util.ArrayList;
import java.util.List;

/**
 * A model explored through its reductions: every state is replaced by its representative, so the
 * searches need not know reductions exist. Runs found here are runs of the quotient; {@link
 * Concretize} turns them back into runs of the full model.
 */
final class Reduced<S, A> extends ForwardingModel<S, A> {
    private final List<Reduction<S>> reductions;

    Reduced(Model<S, A> full, List<Reduction<S>> reductions) {
        super(full);
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
        for (S s : inner.initialStates()) {
            S r = representative(s);
            if (!out.contains(r)) {
                out.add(r);
            }
        }
        return out;
    }

    @Override
    public S next(S state, A action) {
        return representative(inner.next(state, action));
    }
}
