package dev.sledcheck.checker;

/**
 * The limits of one search and which of them, if any, stopped it. The clock is read only every
 * {@value #CLOCK_EVERY} expansions because {@code System.nanoTime} costs more than a small
 * expansion. Counting and the state limit belong to the searching thread; {@link #timeUp()} may
 * be called from any thread.
 */
final class Budget {

    static final int CLOCK_EVERY = 1024;

    private final long maxStates;
    private final double maxSeconds;
    private final long startNanos;
    private long expansions;
    private volatile String exceeded = "";

    Budget(SearchOptions options, long startNanos) {
        this.maxStates = options.maxStates();
        this.maxSeconds = options.maxSeconds();
        this.startNanos = startNanos;
    }

    /** The state limit, 0 for none. */
    long maxStates() {
        return maxStates;
    }

    /** Whether a new distinct state may join the {@code states} already found. */
    boolean admitsOneMore(long states) {
        if (maxStates == 0 || states < maxStates) {
            return true;
        }
        stoppedByStates();
        return false;
    }

    /** Records that the state limit stopped the search. */
    void stoppedByStates() {
        exceeded = "max-states " + maxStates;
    }

    /** Counts one expansion; false once the time limit has passed (noticed at a clock reading). */
    boolean expand() {
        return expand(1);
    }

    /**
     * Counts {@code n} expansions about to happen; false if the count passes a multiple of
     * {@value #CLOCK_EVERY} and the clock then says the time limit has passed.
     */
    boolean expand(long n) {
        long before = expansions;
        expansions += n;
        if (maxSeconds == 0 || before / CLOCK_EVERY == expansions / CLOCK_EVERY) {
            return true;
        }
        return !timeUp();
    }

    /** Reads the clock: true, and remembered as the reason, once the time limit has passed. */
    boolean timeUp() {
        if (maxSeconds == 0 || (System.nanoTime() - startNanos) / 1e9 < maxSeconds) {
            return false;
        }
        exceeded = "max-seconds " + maxSeconds;
        return true;
    }

    /** Whether there is a time limit at all (else nobody needs to read the clock). */
    boolean timed() {
        return maxSeconds != 0;
    }

    /** The limit that stopped the search, or "" if none did. */
    String exceeded() {
        return exceeded;
    }
}
