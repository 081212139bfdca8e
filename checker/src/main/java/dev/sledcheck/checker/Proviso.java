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

    static <S, A> List<A> ample(Model<S, A> model, PartialOrder<S, A> por, S state, List<A> actions,
            Predicate<S> visited) {
        int[] take = por.ample(state, actions);
        if (take == null || take.length >= actions.size()) {
            return actions;
        }
        List<A> kept = new ArrayList<>(take.length);
        for (int j : take) {
            if (visited.test(model.next(state, actions.get(j)))) {
                return actions;
            }
            kept.add(actions.get(j));
        }
        return kept;
    }
}
