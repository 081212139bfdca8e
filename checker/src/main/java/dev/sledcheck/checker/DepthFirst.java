package dev.sledcheck.checker;

import dev.sledcheck.checker.store.Visited;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.PartialOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Depth-first search with an explicit stack (deep models must not overflow the Java stack). The
 * stack is the current path, so runs come from it directly and no parent map is kept.
 */
final class DepthFirst<S, A> implements Search<S, A> {

    private final Model<S, A> model;
    private final Budget budget;
    private final Ledger<S, A> ledger;

    private final Visited<S> visited;
    private final Tally tally;
    /** The model's partial-order reduction, or null when it is off. */
    private final PartialOrder<S, A> por;
    private final List<Frame<S, A>> stack = new ArrayList<>();
    private final Budget.Pace pace;
    private long transitions;
    private int maxDepth;
    /** The index of the initial state the current path leaves from. */
    private int root;

    DepthFirst(Model<S, A> model, Budget budget, Ledger<S, A> ledger, Visited<S> visited, Tally tally,
            PartialOrder<S, A> por) {
        this.model = model;
        this.por = por;
        this.budget = budget;
        this.ledger = ledger;
        this.visited = visited;
        this.tally = tally;
        this.pace = budget.pace();
    }

    @Override
    public Exploration explore() {
        if (budget.spent()) {
            return finish(false);
        }
        List<S> roots = model.initialStates();
        for (root = 0; root < roots.size(); root++) {
            if (!enter(roots.get(root))) {
                return finish(false);
            }
            while (!stack.isEmpty()) {
                Frame<S, A> top = stack.get(stack.size() - 1);
                if (top.next == top.actions.size()) {
                    stack.remove(stack.size() - 1);
                    continue;
                }
                if (!pace.go(1)) {
                    return finish(false);
                }
                A action = top.actions.get(top.next++);
                transitions++;
                S next = model.next(top.state, action);
                int below = stack.size() - 1;
                ledger.stepped(top.state, action, next, () -> path(below));
                if (ledger.settled() || !enter(next)) {
                    return finish(false);
                }
            }
        }
        return finish(true);
    }

    /**
     * Discovers {@code state} as the target of every frame's last action, checks it and pushes it
     * (nothing, if it was seen before); false if a limit forbids that or every property is now
     * decided.
     */
    private boolean enter(S state) {
        visited.checkpoint();
        long print = visited.usesFingerprints() ? model.fingerprint(state) : 0;
        if (visited.claim(state, print) != Visited.NONE) {
            return true;
        }
        if (!budget.admitsOneMore(visited.size())) {
            return false;
        }
        visited.add(state, print);
        if ((visited.size() & 1023) == 0) {
            tally.newLevel(visited.size(), transitions, stack.size());
        }
        int depth = stack.size();
        ledger.discovered(state, () -> path(depth));
        if (ledger.settled()) {
            return false;
        }
        List<A> actions = new ArrayList<>();
        model.actions(state, actions);
        if (por != null && actions.size() > 1) {
            actions = ample(state, actions);
        }
        stack.add(new Frame<>(state, actions));
        maxDepth = Math.max(maxDepth, depth);
        if (actions.isEmpty()) {
            ledger.deadEnd(state, () -> path(depth));
        }
        return !ledger.settled();
    }

    /** The actions partial-order reduction keeps, with the cycle proviso ({@link Proviso}). */
    private List<A> ample(S state, List<A> actions) {
        return Proviso.ample(model, por, state, actions,
                next -> visited.claim(next, visited.usesFingerprints() ? model.fingerprint(next) : 0) != Visited.NONE);
    }

    /** The moves taken by the bottom {@code frames} frames: the path to the state above them. */
    private Trail<S, A> path(int frames) {
        return Frame.path(root, stack, frames);
    }

    private Exploration finish(boolean complete) {
        tally.newLevel(visited.size(), transitions, 0);
        return new Exploration(visited.size(), transitions, maxDepth, complete, budget.exceeded(),
                visited.describe(), visited.bytes(), -1);
    }
}
