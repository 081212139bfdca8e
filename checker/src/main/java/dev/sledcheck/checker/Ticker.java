package dev.sledcheck.checker;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Calls a {@link Monitor}'s progress once a second (or as often as told) with what a {@link Tally} says. */
final class Ticker implements AutoCloseable {

    private final ScheduledExecutorService timer;
    private final Tally tally;
    private final long startNanos;
    /** The most states reported so far (only the timer thread touches it). */
    private long shown;

    Ticker(Monitor monitor, Tally tally, long startNanos) {
        this(monitor, tally, startNanos, 1000);
    }

    Ticker(Monitor monitor, Tally tally, long startNanos, long periodMillis) {
        this.tally = tally;
        this.startNanos = startNanos;
        if (!monitor.wantsProgress()) {
            timer = null;
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sledcheck-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> monitor.progress(snapshot()), periodMillis, periodMillis,
                TimeUnit.MILLISECONDS);
    }

    /**
     * What the tally says now. Within a level, states are estimated from the candidates listed so
     * far, scaled by the share of candidates the previous level kept (a candidate another thread
     * also found is only one state); at each level's end the count is exact again. It is never
     * shown going back: a rate below zero would tell nothing.
     */
    Monitor.Snapshot snapshot() {
        long expanded = tally.expanded.sum();
        long candidates = tally.candidates.sum();
        shown = Math.max(shown, tally.states + Math.round(candidates * tally.yield));
        return new Monitor.Snapshot(shown, tally.transitions,
                Math.max(0, tally.queue - expanded) + candidates, (System.nanoTime() - startNanos) / 1e9, -1, -1);
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
