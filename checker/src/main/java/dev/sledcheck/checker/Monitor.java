package dev.sledcheck.checker;

/**
 * Watches a running search, for people: {@link #progress} about once a second from a timer
 * thread, and {@link #finished} once from the searching thread while the search still holds
 * everything it stored (so a benchmark can weigh it). Nothing a monitor sees reaches a result.
 */
public interface Monitor {

    /** Watches nothing; no timer thread is started for it. */
    Monitor NONE = new Monitor() {};

    /** Whether {@link #progress} wants calls (else no timer runs). */
    default boolean wantsProgress() {
        return false;
    }

    /** Called about once a second while the search runs, from a timer thread. */
    default void progress(Snapshot now) {}

    /** Called once when the search ends, before it lets go of its stored states. */
    default void finished(Snapshot end) {}

    /**
     * Where a search stands. {@code states} counts distinct states found (during a
     * breadth-first level, the level's candidates too, so it runs a little ahead); {@code queue}
     * is the states still to expand; {@code storeBytes} the store's size by construction (-1 when
     * unknown, as for whole states); {@code queueBytes} the most a packed queue of states to expand
     * held (-1 when it held objects, or while the search runs).
     */
    record Snapshot(long states, long transitions, long queue, double seconds, long storeBytes, long queueBytes) {

        /** The store and the packed queue together, per state (-1 when either is unknown). */
        public double allInPerState() {
            return storeBytes < 0 || queueBytes < 0 || states == 0 ? -1 : (double) (storeBytes + queueBytes) / states;
        }
    }
}
