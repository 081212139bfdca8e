package dev.sledcheck.model.actor;

import dev.sledcheck.model.core.Model;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A tiny exhaustive walk for these tests (the real explorer lives in the checker module). */
final class Reach {
    private Reach() {}

    /** Every reachable state, in discovery order. */
    static <S, A> Set<S> states(Model<S, A> model) {
        Set<S> seen = new LinkedHashSet<>(model.initialStates());
        Deque<S> todo = new ArrayDeque<>(seen);
        List<A> actions = new ArrayList<>();
        while (!todo.isEmpty()) {
            S s = todo.poll();
            actions.clear();
            model.actions(s, actions);
            for (A a : actions) {
                S n = model.next(s, a);
                if (seen.add(n)) {
                    todo.add(n);
                }
            }
        }
        return seen;
    }

    /** The reachable states with no enabled action. */
    static <S, A> List<S> ends(Model<S, A> model) {
        List<S> out = new ArrayList<>();
        List<A> actions = new ArrayList<>();
        for (S s : states(model)) {
            actions.clear();
            model.actions(s, actions);
            if (actions.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
