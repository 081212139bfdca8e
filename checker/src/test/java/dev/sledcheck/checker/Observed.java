package dev.sledcheck.checker;

import dev.sledcheck.model.core.ForwardingModel;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Wraps a model and records every state the checker discovers, through an extra state invariant
 * that always holds. Because that invariant is never decided, the search explores the whole space,
 * which is what comparing strategies needs.
 */
final class Observed<S, A> extends ForwardingModel<S, A> {

    static final String PROPERTY = "observed";

    /** Synchronized: a search on several threads judges states on all of them. */
    private final List<S> discovered = Collections.synchronizedList(new ArrayList<>());

    Observed(Model<S, A> inner) {
        super(inner);
    }

    /** The states the check discovered (in the order judged; use one instance per check). */
    List<S> discovered() {
        return discovered;
    }

    @Override
    public List<Property<S, A>> properties() {
        List<Property<S, A>> all = new ArrayList<>(inner.properties());
        all.add(Property.always(PROPERTY, "records each discovered state", s -> discovered.add(s)));
        return all;
    }
}
