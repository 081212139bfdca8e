package dev.sledcheck.checker;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.PartialOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Partial-order reduction in a depth-first search, with the cycle proviso the model cannot give:
 * the model's subset is kept only if each of its successors is new, else every action. On a cycle
 * of reduced states, the state expanded last has its successor on the cycle already visited, so
 * it was expanded fully. Asking "visited at all" rather than "on the stack" expands more, never
 * less, and so does a visited set that may say yes wrongly (a Bloom filter).
 */
final class Proviso {
    private Proviso() {}

    /**
     * The first of the model's subsets whose successors are all new, else every action. A subset
     * asked about claims its successors as {@code visited} is tested (the searches' own sets do).
     */
    static <S, A> List<A> ample(Model<S, A> model, PartialOrder<S, A> por, S state, List<A> actions,
            Predicate<S> visited) {
        int[] take = indices(model, por, state, actions, visited, new ArrayList<>());
        if (take == null) {
            return actions;
        }
        List<A> kept = new ArrayList<>(take.length);
        for (int j : take) {
            kept.add(actions.get(j));
        }
        return kept;
    }

    /**
     * As {@link #ample}, as the indices of the actions kept, or null for every action; the kept
     * subset's successors, computed to test it, are left in {@code successors} for the caller.
     */
    static <S, A> int[] indices(Model<S, A> model, PartialOrder<S, A> por, S state, List<A> actions,
            Predicate<S> visited, List<S> successors) {
        for (int[] take : por.ample(state, actions)) {
            if (take.length == 0) {
                throw new ModelError("the partial order proposed an empty subset of the enabled actions");
            }
            if (allNew(model, state, actions, take, visited, successors)) {
                return take;
            }
        }
        return null;
    }

    private static <S, A> boolean allNew(Model<S, A> model, S state, List<A> actions, int[] take, Predicate<S> visited,
            List<S> successors) {
        successors.clear();
        for (int j : take) {
            S next = model.next(state, actions.get(j));
            if (visited.test(next)) {
                return false;
            }
            successors.add(next);
        }
        return true;
    }
}
