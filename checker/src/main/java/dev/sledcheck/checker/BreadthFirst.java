package dev.sledcheck.checker;

import dev.sledcheck.model.core.Model;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Breadth-first search. States live in one list indexed by id, in discovery order, which doubles
 * as the FIFO queue; each remembers only its parent's id and the action from it, so a shortest
 * path to any state is rebuilt by walking back, and only when a property needs one.
 */
final class BreadthFirst<S, A> implements Search<S, A> {

    private final Model<S, A> model;
    private final Budget budget;
    private final Ledger<S, A> ledger;

    private final List<S> states = new ArrayList<>();
    private final Map<S, Integer> ids = new HashMap<>();
    private int[] parents = new int[1024];
    private final List<A> via = new ArrayList<>();
    private long transitions;

    BreadthFirst(Model<S, A> model, Budget budget, Ledger<S, A> ledger) {
        this.model = model;
        this.budget = budget;
        this.ledger = ledger;
    }

    @Override
    public Exploration explore() {
        for (S initial : model.initialStates()) {
            if (!ids.containsKey(initial) && (!admit(initial, -1, null) || ledger.settled())) {
                return finish(false);
            }
        }
        List<A> actions = new ArrayList<>();
        for (int head = 0; head < states.size(); head++) {
            if (!budget.expand()) {
                return finish(false);
            }
            int id = head;
            S state = states.get(id);
            actions.clear();
            model.actions(state, actions);
            if (actions.isEmpty()) {
                ledger.deadEnd(state, () -> path(id));
                if (ledger.settled()) {
                    return finish(false);
                }
            }
            for (A action : actions) {
                transitions++;
                S next = model.next(state, action);
                ledger.stepped(state, action, next, () -> path(id));
                if (!ids.containsKey(next) && !admit(next, id, action)) {
                    return finish(false);
                }
                if (ledger.settled()) {
                    return finish(false);
                }
            }
        }
        return finish(true);
    }

    /** Gives {@code state} the next id and checks it; false if the state limit forbids it. */
    private boolean admit(S state, int parent, A action) {
        if (!budget.admitsOneMore(states.size())) {
            return false;
        }
        int id = states.size();
        states.add(state);
        ids.put(state, id);
        if (id == parents.length) {
            parents = Arrays.copyOf(parents, 2 * id);
        }
        parents[id] = parent;
        via.add(action);
        ledger.discovered(state, () -> path(id));
        return true;
    }

    /** The moves from an initial state to state {@code id}, following parent ids back. */
    private List<Move<S, A>> path(int id) {
        List<Move<S, A>> moves = new ArrayList<>();
        for (int at = id; parents[at] >= 0; at = parents[at]) {
            moves.add(new Move<>(states.get(parents[at]), via.get(at)));
        }
        Collections.reverse(moves);
        return moves;
    }

    private Exploration finish(boolean complete) {
        // Ids follow discovery order, which never decreases in depth: the last state is a deepest one.
        int maxDepth = states.isEmpty() ? 0 : path(states.size() - 1).size();
        return new Exploration(states.size(), transitions, maxDepth, complete, budget.exceeded());
    }
}
