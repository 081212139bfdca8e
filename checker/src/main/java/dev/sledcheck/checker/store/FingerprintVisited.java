package dev.sledcheck.checker.store;

import java.util.Locale;

/**
 * States told apart by 64-bit fingerprints alone ({@link FingerprintTable}): 16 bytes a slot
 * instead of a whole state. Two distinct states with one fingerprint would make the second look
 * seen and hide whatever only it leads to; {@link #collisionBound} says how unlikely that is.
 */
public final class FingerprintVisited<S> implements Visited<S> {

    private final FingerprintTable table = new FingerprintTable(10);

    @Override
    public boolean usesFingerprints() {
        return true;
    }

    @Override
    public long claim(S state, long fingerprint) {
        return table.claim(fingerprint);
    }

    @Override
    public boolean offer(S state, long fingerprint, long claim) {
        return table.offer(fingerprint, claim);
    }

    @Override
    public boolean add(S state, long fingerprint) {
        table.reserve(1);
        return table.offer(fingerprint, 0);
    }

    @Override
    public void reserve(long more) {
        table.reserve(more);
    }

    @Override
    public long bytesToReserve(long more) {
        return table.bytesToReserve(more);
    }

    @Override
    public long size() {
        return table.size();
    }

    @Override
    public long bytes() {
        return table.bytes();
    }

    @Override
    public String describe() {
        return describe(size());
    }

    static String describe(long states) {
        return String.format(Locale.ROOT, "fingerprints (64-bit; P(a collision hid a state) <= %.1e)",
                collisionBound(states));
    }

    /**
     * The chance that some two of {@code n} distinct states share a fingerprint, if fingerprints
     * behave like random 64-bit numbers: at most n(n-1)/2 pairs, each colliding with probability
     * 2^-64, so below n^2 / 2^65 (the birthday bound). Only such a collision can hide a state.
     */
    public static double collisionBound(long n) {
        double d = n;
        return Math.min(1.0, d * d / Math.pow(2, 65));
    }
}
