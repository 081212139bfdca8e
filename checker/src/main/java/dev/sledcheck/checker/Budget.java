package dev.sledcheck.checker;

/**
 * The limits of one search and which of them, if any, stopped it: the state limit, counted by the
 * search itself, and the limits that are read rather than counted (the clock, the heap, a stop
 * request from a signal), read together by {@link #spent()} every {@value #CHECK_EVERY} units of
 * work on each thread ({@link Pace}): often enough that a level of slow states overruns a limit
 * by milliseconds, rarely enough that reading costs nothing next to the work.
 */
final class Budget {

    /**
     * Units of work (a state expanded, a successor computed, a candidate offered or judged) between
     * two readings of the clock. A successor costs from a few hundred nanoseconds to milliseconds
     * (99 instances under symmetry), a reading a few dozen nanoseconds.
     */
    static final int CHECK_EVERY = 32;
    /** Readings of the clock per reading of the heap, which costs a few times more. */
    static final int HEAP_EVERY = 8;

    private final long maxStates;
    private final double maxSeconds;
    private final long startNanos;
    private final HeapGauge heap;
    private volatile String exceeded = "";

    Budget(SearchOptions options, long startNanos) {
        this.maxStates = options.maxStates();
        this.maxSeconds = options.maxSeconds();
        this.startNanos = startNanos;
        this.heap = new HeapGauge(options.maxMemory());
    }

    /** The state limit, 0 for none. */
    long maxStates() {
        return maxStates;
    }

    /** The room the state limit leaves beyond {@code states} (Long.MAX_VALUE without a limit). */
    long room(long states) {
        return maxStates == 0 ? Long.MAX_VALUE : Math.max(0, maxStates - states);
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
        stopped("max-states " + maxStates);
    }

    /**
     * Reads what is read, not counted: true, with the reason remembered, once a stop was requested,
     * the time limit has passed or the heap is over the memory budget. Any thread.
     */
    boolean spent() {
        return spent(true);
    }

    private boolean spent(boolean readHeap) {
        String requested = Stop.reason();
        if (!requested.isEmpty()) {
            return stopped(requested);
        }
        if (maxSeconds != 0 && (System.nanoTime() - startNanos) / 1e9 >= maxSeconds) {
            return stopped("max-seconds " + maxSeconds);
        }
        if (readHeap && heap.over(0)) {
            return stopped(heap.describe());
        }
        return false;
    }

    /**
     * Whether the store may allocate {@code bytes} more at once (a table that doubles holds the old
     * and the new array together for a moment); false, with the budget as the reason, if that
     * would take the heap over it. One thread, between phases.
     */
    boolean affords(long bytes) {
        if (!heap.over(bytes)) {
            return true;
        }
        stopped(heap.describe());
        return false;
    }

    private synchronized boolean stopped(String reason) {
        if (exceeded.isEmpty()) {
            exceeded = reason;
        }
        return true;
    }

    /** The limit that stopped the search, or "" if none did (the first one, if several did). */
    String exceeded() {
        return exceeded;
    }

    /** A new counter of work for one thread. */
    Pace pace() {
        return new Pace(this);
    }

    /** One thread's count of work since the budget was last read. */
    static final class Pace {
        private final Budget budget;
        private int work;
        private int readings;

        private Pace(Budget budget) {
            this.budget = budget;
        }

        /** Counts {@code units} of work done; false once a reading says the search must stop. */
        boolean go(int units) {
            work += units;
            if (work < CHECK_EVERY) {
                return true;
            }
            work = 0;
            return !budget.spent(++readings % HEAP_EVERY == 0);
        }
    }
}
