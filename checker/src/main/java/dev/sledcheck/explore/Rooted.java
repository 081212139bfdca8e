package dev.sledcheck.explore;

import dev.sledcheck.model.core.ForwardingModel;
import dev.sledcheck.model.core.Model;
import java.util.List;

/**
 * {@code inner} as if {@code root} were its only initial state: the checker, which always starts
 * from initial states, can then search from wherever an exploration stands. Everything else is
 * the inner model's, so runs found from here read exactly like runs from the start.
 */
public final class Rooted<S, A> extends ForwardingModel<S, A> {
    private final S root;

    public Rooted(Model<S, A> inner, S root) {
        super(inner);
        this.root = root;
    }

    @Override
    public List<S> initialStates() {
        return List.of(root);
    }
}
