package dev.sledcheck.gate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Values computed once per test JVM, by the first test that asks, so that test classes share an
 * expensive result (a full search, say) instead of each computing it again. Safe for tests run in
 * parallel: one asking for a key being computed waits for it, and one asking for another key does
 * not (a {@code ConcurrentHashMap.computeIfAbsent} would hold a lock of the map for the whole
 * search).
 */
public final class Memo<K, V> {
    private final Map<K, FutureTask<V>> tasks = new ConcurrentHashMap<>();
    private final Function<K, V> compute;

    public Memo(Function<K, V> compute) {
        this.compute = compute;
    }

    /** The value for {@code key}, computed now if no test asked before; a failure is rethrown to every asker. */
    public V get(K key) {
        FutureTask<V> mine = new FutureTask<>(() -> compute.apply(key));
        FutureTask<V> first = tasks.putIfAbsent(key, mine);
        if (first == null) {
            mine.run();
            first = mine;
        }
        try {
            return first.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + key, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
