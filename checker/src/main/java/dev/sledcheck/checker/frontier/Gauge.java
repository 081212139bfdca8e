package dev.sledcheck.checker.frontier;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The packed bytes a search's queue holds in memory, against its budget, and the bytes it has
 * written to disk. Shared by every thread; the figures depend on how the work was split among
 * threads, so they are for deciding when to spill and for the timing line, never for a result.
 */
public final class Gauge {

    private final long budget;
    private final AtomicLong inMemory = new AtomicLong();
    private final AtomicLong spilled = new AtomicLong();

    public Gauge(long budget) {
        this.budget = budget;
    }

    void held(long bytes) {
        inMemory.addAndGet(bytes);
    }

    boolean over() {
        return inMemory.get() > budget;
    }

    void spilled(long bytes) {
        spilled.addAndGet(bytes);
        inMemory.addAndGet(-bytes);
    }

    /** The bytes written to disk so far. */
    public long spilled() {
        return spilled.get();
    }
}
