package dev.sledcheck.checker.frontier;

import java.util.List;

/**
 * States as the model's objects. A cursor lets each state go as it reads it: once expanded
 * nothing needs it (paths are replayed from claims), so the level being built and the level being
 * expanded are not both held whole, which halves the peak memory of a wide search.
 */
final class ObjectFrontier<S> implements Frontier<S> {

    private final List<S> states;

    ObjectFrontier(List<S> states) {
        this.states = states;
    }

    @Override
    public int size() {
        return states.size();
    }

    @Override
    public Cursor<S> cursor(int from) {
        int[] pos = {from};
        return () -> {
            S s = states.get(pos[0]);
            states.set(pos[0]++, null);
            return s;
        };
    }

    @Override
    public void release() {}
}
