package dev.sledcheck.checker.store;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Every state kept whole, told apart by {@code equals}: no hashing shortcut, so nothing can be
 * missed, at the price of holding every state. The claims are boxed, which is fine at the sizes
 * this mode is meant for.
 */
public final class ExactVisited<S> implements Visited<S> {

    /** How {@link #describe()} names this mode; tests and reports compare against it. */
    public static final String DESCRIPTION = "exact";

    private final ConcurrentHashMap<S, Long> claims = new ConcurrentHashMap<>(1024);

    @Override
    public boolean usesFingerprints() {
        return false;
    }

    @Override
    public long claim(S state, long fingerprint) {
        Long c = claims.get(state);
        return c == null ? NONE : c;
    }

    @Override
    public boolean offer(S state, long fingerprint, long claim) {
        Long stored = claims.putIfAbsent(state, claim);
        if (stored == null) {
            return true;
        }
        if (claim < stored) {
            claims.merge(state, claim, Math::min);
        }
        return false;
    }

    @Override
    public boolean add(S state, long fingerprint) {
        return claims.putIfAbsent(state, 0L) == null;
    }

    @Override
    public void reserve(long more) {
        // A hash map grows by itself, and concurrently.
    }

    @Override
    public long size() {
        return claims.mappingCount();
    }

    @Override
    public long bytes() {
        return -1;
    }

    @Override
    public String describe() {
        return DESCRIPTION;
    }

    /** Each state with its claim, for moving to another store. */
    void forEach(java.util.function.ObjLongConsumer<S> action) {
        claims.forEach((s, c) -> action.accept(s, c));
    }
}
