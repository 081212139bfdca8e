package dev.sledcheck.checker.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.LongAdder;

/**
 * An open-addressing hash table from 64-bit fingerprints to claims, in two primitive arrays (no
 * boxing, 16 bytes a slot), with linear probing. Offers from many threads are lock-free: a slot
 * is taken by compare-and-set on its key, and its claim only ever decreases, by compare-and-set.
 * The table grows only in {@link #reserve}, between phases, so an offer never meets a resize.
 *
 * <p>Key 0 marks an empty slot, so a fingerprint of 0 is stored as {@link #ZERO_STAND_IN} (which
 * thereby stands for two fingerprints: a collision like any other). Values are stored as claim + 1
 * so that 0 means "no claim yet" in a slot whose key was just set.
 */
public final class FingerprintTable {

    static final long ZERO_STAND_IN = 0x9E37_79B9_7F4A_7C15L;
    private static final long SPREAD = 0x9E37_79B9_7F4A_7C15L;
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(long[].class);
    private static final int MAX_BITS = 30;
    /** Grow before more than 3/4 of the slots are taken: probes stay short. */
    private static final double MAX_LOAD = 0.75;

    private long[] keys;
    private long[] values;
    private int bits;
    private final LongAdder size = new LongAdder();

    public FingerprintTable(int bits) {
        if (bits < 4 || bits > MAX_BITS) {
            throw new IllegalArgumentException("bits must be in 4.." + MAX_BITS + ": " + bits);
        }
        allocate(bits);
    }

    private void allocate(int bits) {
        this.bits = bits;
        this.keys = new long[1 << bits];
        this.values = new long[1 << bits];
    }

    private static long key(long fingerprint) {
        return fingerprint == 0 ? ZERO_STAND_IN : fingerprint;
    }

    /** The home slot: the key's high bits after a multiply, so poor fingerprints still spread. */
    private int home(long key) {
        return (int) ((key * SPREAD) >>> (64 - bits));
    }

    /** The claim stored for {@code fingerprint}, or {@link Visited#NONE}. */
    public long claim(long fingerprint) {
        long k = key(fingerprint);
        long[] ks = keys;
        int mask = ks.length - 1;
        for (int i = home(k); ; i = (i + 1) & mask) {
            long cur = ks[i];
            if (cur == k) {
                return values[i] - 1;
            }
            if (cur == 0) {
                return Visited.NONE;
            }
        }
    }

    /**
     * Stores {@code claim} for {@code fingerprint} unless a smaller claim is there already; true
     * if the fingerprint was new. Safe to call from many threads at once.
     */
    public boolean offer(long fingerprint, long claim) {
        long k = key(fingerprint);
        long v = claim + 1;
        long[] ks = keys;
        long[] vs = values;
        int mask = ks.length - 1;
        int probes = 0;
        for (int i = home(k); ; i = (i + 1) & mask) {
            long cur = (long) SLOT.getAcquire(ks, i);
            if (cur == 0) {
                if (SLOT.compareAndSet(ks, i, 0L, k)) {
                    size.increment();
                    lower(vs, i, v);
                    return true;
                }
                cur = (long) SLOT.getAcquire(ks, i);
            }
            if (cur == k) {
                lower(vs, i, v);
                return false;
            }
            if (++probes > mask) {
                throw new IllegalStateException("fingerprint table full: reserve was not called");
            }
        }
    }

    private static void lower(long[] vs, int i, long v) {
        long cur = (long) SLOT.getAcquire(vs, i);
        while ((cur == 0 || v < cur) && !SLOT.compareAndSet(vs, i, cur, v)) {
            cur = (long) SLOT.getAcquire(vs, i);
        }
    }

    /** Grows (one thread, no offers meanwhile) so that {@code more} new fingerprints fit. */
    public void reserve(long more) {
        int b = bitsFor(more);
        if (b == bits) {
            return;
        }
        long[] oldKeys = keys;
        long[] oldValues = values;
        allocate(b);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            long k = oldKeys[j];
            if (k != 0) {
                int i = home(k);
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = k;
                values[i] = oldValues[j];
            }
        }
    }

    /** The bytes {@link #reserve reserve(more)} would allocate: the new arrays (the old ones live until it ends). */
    public long bytesToReserve(long more) {
        int b = bitsFor(more);
        return b == bits ? 0 : 16L << b;
    }

    private int bitsFor(long more) {
        long need = size() + more;
        int b = bits;
        while (b < MAX_BITS && need > MAX_LOAD * (1L << b)) {
            b++;
        }
        return b;
    }

    public long size() {
        return size.sum();
    }

    /** The bytes of the two arrays. */
    public long bytes() {
        return 16L * keys.length;
    }
}
