package dev.sledcheck.checker;

import java.util.concurrent.atomic.LongAdder;

/**
 * Live counters of a running search, written by its threads and read by whoever reports progress
 * (another thread, so everything here is volatile or an adder). Never part of a result.
 */
final class Tally {
    /** States admitted so far (whole levels, for breadth-first search). */
    volatile long states;
    volatile long transitions;
    /** States waiting to be expanded at the start of the current level. */
    volatile long queue;
    /** Within the current level: frontier states expanded and candidate successors listed so far. */
    final LongAdder expanded = new LongAdder();
    final LongAdder candidates = new LongAdder();
    /**
     * The share of the last settled level's candidates that turned out new: several threads may
     * list one successor, and only one of them wins it. Progress scales the running level's
     * candidates by it, so the count does not run ahead and then stall while a level settles.
     */
    volatile double yield = 1;

    /** The level's counters start again from zero. */
    void newLevel(long states, long transitions, long queue) {
        long listed = candidates.sum();
        if (listed > 0 && states >= this.states) {
            yield = Math.min(1, (double) (states - this.states) / listed);
        }
        expanded.reset();
        candidates.reset();
        this.states = states;
        this.transitions = transitions;
        this.queue = queue;
    }
}
