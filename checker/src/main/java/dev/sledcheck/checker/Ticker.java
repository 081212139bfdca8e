package dev.sledcheck.checker;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Calls a {@link Monitor}'s progress once a second (or as often as told) with what a {@link Tally} says. */
final class Ticker implements AutoCloseable {

    private final ScheduledExecutorService timer;

    Ticker(Monitor monitor, Tally tally, long startNanos) {
        this(monitor, tally, startNanos, 1000);
    }

    Ticker(Monitor monitor, Tally tally, long startNanos, long periodMillis) {
        if (!monitor.wantsProgress()) {
            timer = null;
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sledcheck-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> monitor.progress(snapshot(tally, startNanos)), periodMillis, periodMillis,
                TimeUnit.MILLISECONDS);
    }

    static Monitor.Snapshot snapshot(Tally tally, long startNanos) {
        long expanded = tally.expanded.sum();
        long candidates = tally.candidates.sum();
        return new Monitor.Snapshot(tally.states + candidates, tally.transitions,
                Math.max(0, tally.queue - expanded) + candidates, (System.nanoTime() - startNanos) / 1e9, -1);
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
