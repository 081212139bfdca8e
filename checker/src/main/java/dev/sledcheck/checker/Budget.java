package dev.sledcheck.checker;

/**
 * The limits of one search and which of them, if any, stopped it. The clock is read only every
 * {@value #CLOCK_EVERY} expansions because {@code System.nanoTime} costs more than a small expansion.
 */
final class Budget {

    static final int CLOCK_EVERY = 1024;

    private final long maxStates;
    private final double maxSeconds;
    private final long startNanos;
    private long expansions;
    private String exceeded = "";

    Budget(SearchOptions options, long startNanos) {
        this.maxStates = options.maxStates();
        this.maxSeconds = options.maxSeconds();
        this.startNanos = startNanos;
    }

    /** Whether a new distinct state may join the {@code states} already found. */
    boolean admitsOneMore(long states) {
        if (maxStates == 0 || states < maxStates) {
            return true;
        }
        exceeded = "max-states " + maxStates;
        return false;
    }

    /** Counts one expansion; false once the time limit has passed (noticed at a clock reading). */
    boolean expand() {
        expansions++;
        if (maxSeconds == 0 || expansions % CLOCK_EVERY != 0) {
            return true;
        }
        if ((System.nanoTime() - startNanos) / 1e9 < maxSeconds) {
            return true;
        }
        exceeded = "max-seconds " + maxSeconds;
        return false;
    }

    /** The limit that stopped the search, or "" if none did. */
    String exceeded() {
        return exceeded;
    }
}
