package dev.sledcheck.model.omicron;

import dev.sledcheck.model.core.Model;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The states of a model in breadth-first order, for tests that look at each state (its packing,
 * its network's order, its tokens) rather than decide properties ({@link FullSearch} does that).
 */
final class Breadth {
    private Breadth() {}

    /** The first {@code limit} states a breadth-first search meets (all of them, if fewer). */
    static <S, A> List<S> first(Model<S, A> model, int limit) {
        List<S> order = new ArrayList<>(new LinkedHashSet<>(model.initialStates()));
        Set<S> seen = new HashSet<>(order);
        List<A> enabled = new ArrayList<>();
        for (int k = 0; k < order.size() && order.size() < limit; k++) {
            S s = order.get(k);
            enabled.clear();
            model.actions(s, enabled);
            for (A a : enabled) {
                S next = model.next(s, a);
                if (order.size() < limit && seen.add(next)) {
                    order.add(next);
                }
            }
        }
        return order.size() > limit ? order.subList(0, limit) : order;
    }
}
