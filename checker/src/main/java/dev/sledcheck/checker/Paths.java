package dev.sledcheck.checker;

import dev.sledcheck.model.core.Model;
import java.util.ArrayList;
import java.util.List;

/**
 * Paths rebuilt from {@link Claims}: walk a state's claims back to its initial state, then replay
 * the action indices forward. The moves are real states of the model, found again by running it;
 * nothing but 8 bytes a state was kept for them.
 */
final class Paths<S, A> {

    private final Model<S, A> model;
    private final Claims claims;
    private final List<S> roots;

    Paths(Model<S, A> model, Claims claims, List<S> roots) {
        this.model = model;
        this.claims = claims;
        this.roots = roots;
    }

    /** The moves from an initial state to state {@code id}. */
    Trail<S, A> to(long id) {
        Replayed<S, A> to = replay(id);
        return new Trail<>(to.initial, to.moves);
    }

    /** The moves to state {@code parent}, then the step taking its {@code action}-th enabled action. */
    Trail<S, A> through(long parent, int action) {
        Replayed<S, A> to = replay(parent);
        List<A> enabled = new ArrayList<>();
        model.actions(to.state, enabled);
        to.moves.add(new Move<>(to.state, enabled.get(action)));
        return new Trail<>(to.initial, to.moves);
    }

    /** A path's initial state (its index), moves and the state it ends in. */
    private record Replayed<S, A>(int initial, List<Move<S, A>> moves, S state) {}

    private Replayed<S, A> replay(long id) {
        List<Integer> indices = new ArrayList<>();
        long claim = claims.get(id);
        while (Claims.parentOf(claim) >= 0) {
            indices.add(Claims.actionOf(claim));
            claim = claims.get(Claims.parentOf(claim));
        }
        int initial = Claims.actionOf(claim);
        S state = roots.get(initial);
        List<Move<S, A>> moves = new ArrayList<>(indices.size() + 1);
        List<A> enabled = new ArrayList<>();
        for (int k = indices.size() - 1; k >= 0; k--) {
            enabled.clear();
            model.actions(state, enabled);
            A action = enabled.get(indices.get(k));
            moves.add(new Move<>(state, action));
            state = model.next(state, action);
        }
        return new Replayed<>(initial, moves, state);
    }
}
