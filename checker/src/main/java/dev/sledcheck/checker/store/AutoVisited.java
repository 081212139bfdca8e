package dev.sledcheck.checker.store;

import java.util.function.ToLongFunction;

/**
 * Exact while the search is small, fingerprints once it is not: at the first
 * {@link #checkpoint()} with more than {@code limit} states, every stored state moves into a
 * fingerprint table (with its claim) and the states themselves are let go. Small checks thus keep
 * the certainty of exact comparison; large ones fit in memory.
 */
public final class AutoVisited<S> implements Visited<S> {

    private final long limit;
    private final ToLongFunction<S> fingerprints;
    private ExactVisited<S> exact = new ExactVisited<>();
    private FingerprintVisited<S> table;
    private long switchedAt;

    public AutoVisited(long limit, ToLongFunction<S> fingerprints) {
        this.limit = limit;
        this.fingerprints = fingerprints;
    }

    private Visited<S> current() {
        return exact != null ? exact : table;
    }

    @Override
    public boolean usesFingerprints() {
        return exact == null;
    }

    @Override
    public long claim(S state, long fingerprint) {
        return current().claim(state, fingerprint);
    }

    @Override
    public boolean offer(S state, long fingerprint, long claim) {
        return current().offer(state, fingerprint, claim);
    }

    @Override
    public boolean add(S state, long fingerprint) {
        return current().add(state, fingerprint);
    }

    @Override
    public void reserve(long more) {
        current().reserve(more);
    }

    @Override
    public long bytesToReserve(long more) {
        return current().bytesToReserve(more);
    }

    @Override
    public void checkpoint() {
        if (exact == null || exact.size() <= limit) {
            return;
        }
        FingerprintVisited<S> t = new FingerprintVisited<>();
        t.reserve(exact.size());
        exact.forEach((s, claim) -> t.offer(s, fingerprints.applyAsLong(s), claim));
        switchedAt = exact.size();
        table = t;
        exact = null;
    }

    @Override
    public long size() {
        return current().size();
    }

    @Override
    public long bytes() {
        return current().bytes();
    }

    @Override
    public String describe() {
        if (exact != null) {
            return exact.describe();
        }
        return "exact up to " + switchedAt + " states, then " + table.describe();
    }
}
