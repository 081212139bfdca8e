package dev.sledcheck.checker;

/**
 * One walk's visited set: a Bloom filter of state fingerprints (Holzmann's bitstate hashing), a
 * fixed {@value #BYTES} bytes however many states it holds. A state is marked by {@value #HASHES}
 * bits chosen from its fingerprint and the walk's salt, so two walks lose different states to
 * collisions. A collision can only make a new state look visited: a walk then misses what lies
 * behind it, never reports something false. One thread.
 */
final class Bitstate {

    /** 2^15 bits, 4 KiB: a walk's filter costs less than its stack. */
    private static final int BITS_LOG = 15;
    static final int BYTES = (1 << BITS_LOG) / Byte.SIZE;
    static final int HASHES = 3;
    /**
     * The states a walk stores before it stops: 32 bits a state, so that a new state then looks
     * visited with probability (1 - e^(-3/32))^3, below 0.1 %. Small on purpose: a walk that has
     * not met a violation within its first thousand states seldom meets one later (it backtracks
     * near its deepest states, and the order that decided its first steps stays), so the swarm
     * gains more from the next walk's new order. On sim-bug's scale at 6 instances, walks of 500
     * states found the race within 8,167 states in all over five seeds, walks of 2,000 within 13,562.
     */
    static final int CAPACITY = (1 << BITS_LOG) / 32;

    private final long[] words = new long[BYTES / Long.BYTES];
    private final long salt;
    private int size;

    Bitstate(long salt) {
        this.salt = salt;
    }

    /** Marks the state; true if it was not (as far as the filter can tell) marked before. */
    boolean add(long fingerprint) {
        long h = SplitMix.mix(fingerprint ^ salt);
        long step = SplitMix.mix(h) | 1;
        boolean fresh = false;
        for (int i = 0; i < HASHES; i++) {
            long bit = position(h, step, i);
            long mask = 1L << bit;
            int word = (int) (bit >>> 6);
            if ((words[word] & mask) == 0) {
                words[word] |= mask;
                fresh = true;
            }
        }
        if (fresh) {
            size++;
        }
        return fresh;
    }

    /** Whether the state looks marked, without marking it. */
    boolean contains(long fingerprint) {
        long h = SplitMix.mix(fingerprint ^ salt);
        long step = SplitMix.mix(h) | 1;
        for (int i = 0; i < HASHES; i++) {
            long bit = position(h, step, i);
            if ((words[(int) (bit >>> 6)] & 1L << bit) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The i-th bit of a state: double hashing (Kirsch and Mitzenmacher), h + i * step, is as good
     * as independent hashes; the top bits, because the mixer spreads best there.
     */
    private static long position(long h, long step, int i) {
        return (h + i * step) >>> (Long.SIZE - BITS_LOG);
    }

    /** The states marked so far. */
    int size() {
        return size;
    }

    /** Whether the walk has stored as many states as the filter holds with few collisions. */
    boolean full() {
        return size >= CAPACITY;
    }
}
