package dev.sledcheck.checker;

import java.util.ArrayList;
import java.util.List;

/**
 * A path under construction: the index of the initial state it leaves from, among the model's
 * initial states, and its moves. The index is part of the path because a model may have several
 * initial states, and a run of no step at all (a property broken by an initial state) still has
 * to say which.
 */
record Trail<S, A>(int initial, List<Move<S, A>> moves) {

    /** This path, then one more move. */
    Trail<S, A> then(S before, A action) {
        List<Move<S, A>> longer = new ArrayList<>(moves.size() + 1);
        longer.addAll(moves);
        longer.add(new Move<>(before, action));
        return new Trail<>(initial, longer);
    }
}
