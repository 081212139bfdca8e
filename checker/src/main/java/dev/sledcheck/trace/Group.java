package dev.sledcheck.trace;

import java.util.List;
import java.util.Optional;

/**
 * Observations that one place of the run must show together: a single {@link
 * Observation.InState}, or one or more {@link Observation.OnStep}s that one step shows all of
 * (log lines written around one atomic step of the model).
 */
public record Group<S, A>(List<Observation<S, A>> members) {

    public Group {
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an empty group");
        }
        boolean states = members.stream().anyMatch(m -> m instanceof Observation.InState);
        if (states && members.size() > 1) {
            throw new IllegalArgumentException("a state observation stands alone: " + members);
        }
    }

    public static <S, A> Group<S, A> of(Observation<S, A> o) {
        return new Group<>(List.of(o));
    }

    public boolean isState() {
        return members.get(0) instanceof Observation.InState;
    }

    /** The bindings if the step shows the first {@code count} members, else empty. */
    Optional<Bindings> step(S before, A action, S after, Bindings b, int count) {
        Optional<Bindings> at = Optional.of(b);
        for (int i = 0; i < count && at.isPresent(); i++) {
            Observation.OnStep<S, A> o = (Observation.OnStep<S, A>) members.get(i);
            at = o.test().test(before, action, after, at.get());
        }
        return at;
    }

    Optional<Bindings> step(S before, A action, S after, Bindings b) {
        return isState() ? Optional.empty() : step(before, action, after, b, members.size());
    }

    Optional<Bindings> state(S state, Bindings b) {
        return isState() ? ((Observation.InState<S, A>) members.get(0)).test().test(state, b) : Optional.empty();
    }
}
