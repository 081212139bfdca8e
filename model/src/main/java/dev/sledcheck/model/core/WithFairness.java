package dev.sledcheck.model.core;

import java.util.Objects;
import java.util.Set;

/**
 * A model in every respect but its {@link Model#fairActors() fairness}: the same runs under another
 * assumption about the scheduler, to see what a liveness verdict owes to it (a command line's
 * {@code --fair none}, say, against the model's own).
 */
public final class WithFairness<S, A> extends ForwardingModel<S, A> {
    private final Set<String> fair;

    public WithFairness(Model<S, A> inner, Set<String> fair) {
        super(Objects.requireNonNull(inner, "inner"));
        this.fair = Set.copyOf(fair);
    }

    @Override
    public Set<String> fairActors() {
        return fair;
    }
}
