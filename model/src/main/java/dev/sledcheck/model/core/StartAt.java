package dev.sledcheck.model.core;

import java.util.List;
import java.util.Objects;

/**
 * A model that starts at one given state of another and is otherwise the same model: same actions,
 * steps, properties, reductions and names. It lets a question be asked "from here": from the state
 * a schedule prefix leads to (so that the checker and the stress engines start from the same
 * point), or from wherever an interactive exploration stands.
 */
public final class StartAt<S, A> extends ForwardingModel<S, A> {
    private final S start;

    public StartAt(Model<S, A> inner, S start) {
        super(Objects.requireNonNull(inner, "inner"));
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
}
