package dev.sledcheck.checker;

import java.util.ArrayList;
import java.util.List;

/**
 * A state on a depth-first search's path, its actions in the order the search takes them, and how
 * many it has taken: the stack of frames is the path, so runs come from it directly.
 */
final class Frame<S, A> {
    final S state;
    final List<A> actions;
    int next;

    Frame(S state, List<A> actions) {
        this.state = state;
        this.actions = actions;
    }

    /**
     * The moves taken by the bottom {@code frames} frames of {@code stack}, from the {@code root}-th
     * initial state: the path to the state above them.
     */
    static <S, A> Trail<S, A> path(int root, List<Frame<S, A>> stack, int frames) {
        List<Move<S, A>> moves = new ArrayList<>(frames);
        for (Frame<S, A> frame : stack.subList(0, frames)) {
            moves.add(new Move<>(frame.state, frame.actions.get(frame.next - 1)));
        }
        return new Trail<>(root, moves);
    }
}
