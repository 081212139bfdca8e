package dev.sledcheck.checker.frontier;

import java.util.List;

/**
 * A level's states in the order a one-thread search would expand them. Ranges of it are read by
 * many threads at once, each through its own {@link Cursor}; each state is read once.
 */
public interface Frontier<S> {

    int size();

    /** A cursor at state {@code from}; one thread. */
    Cursor<S> cursor(int from);

    /** Lets the states go once the level has been expanded. */
    void release();

    /** Reads states in order. */
    interface Cursor<S> {
        S next();
    }

    /** The states as objects. */
    static <S> Frontier<S> of(List<S> states) {
        return new ObjectFrontier<>(states);
    }
}
