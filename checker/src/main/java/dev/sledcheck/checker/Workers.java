package dev.sledcheck.checker;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a phase's tasks on {@code threads} threads, the calling thread being one of them, each
 * taking the next task not yet taken (so uneven tasks balance out). With one thread, or one task,
 * everything runs on the calling thread. The first failure is rethrown once the phase is over.
 */
final class Workers implements AutoCloseable {

    private final ExecutorService pool;
    private final int helpers;

    Workers(int threads) {
        this.helpers = threads - 1;
        this.pool = helpers == 0 ? null : Executors.newFixedThreadPool(helpers, daemon());
    }

    /** Threads that never keep the JVM alive, named for thread dumps. */
    static ThreadFactory daemon() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "sledcheck-search-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    void run(List<? extends Runnable> tasks) {
        if (pool == null || tasks.size() < 2) {
            tasks.forEach(Runnable::run);
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Runnable loop = () -> {
            for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
                tasks.get(i).run();
            }
        };
        int extra = Math.min(helpers, tasks.size() - 1);
        Future<?>[] running = new Future<?>[extra];
        for (int i = 0; i < extra; i++) {
            running[i] = pool.submit(loop);
        }
        Throwable failure = null;
        try {
            loop.run();
        } catch (RuntimeException | Error e) {
            failure = e;
            next.set(tasks.size());
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                failure = failure == null ? e.getCause() : failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = failure == null ? e : failure;
            }
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException("a search thread failed", failure);
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
