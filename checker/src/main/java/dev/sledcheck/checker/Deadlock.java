package dev.sledcheck.checker;

import dev.sledcheck.model.core.ForwardingModel;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import java.util.ArrayList;
import java.util.List;

/**
 * The deadlock check every model gets: {@link Property#noDeadlock} over the model's own {@link
 * Model#terminal() terminal} states, added to its properties unless the model wants none ({@code
 * terminal()} is null) or already has a property of that name. Every command sees its model
 * through this ({@code Subject}), so a check, its replay and the explorer judge the same
 * properties; a program that calls {@link Checker} directly asks for it.
 */
public final class Deadlock {
    private Deadlock() {}

    /** {@code model} with the deadlock check among its properties, last; itself when it needs none. */
    public static <S, A> Model<S, A> judged(Model<S, A> model) {
        if (model instanceof Judged<S, A> || model.terminal() == null
                || model.properties().stream().anyMatch(p -> p.name().equals(Property.NO_DEADLOCK))) {
            return model;
        }
        return new Judged<>(model);
    }

    private static final class Judged<S, A> extends ForwardingModel<S, A> {
        private final List<Property<S, A>> properties;

        Judged(Model<S, A> inner) {
            super(inner);
            List<Property<S, A>> all = new ArrayList<>(inner.properties());
            all.add(Property.noDeadlock(inner.terminal()));
            this.properties = List.copyOf(all);
        }

        @Override
        public List<Property<S, A>> properties() {
            return properties;
        }
    }
}
