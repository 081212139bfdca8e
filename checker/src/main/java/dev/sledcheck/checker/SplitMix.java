package dev.sledcheck.checker;

import java.util.List;

/**
 * The swarm's one source of randomness: SplitMix64 (Steele, Lea and Flood), written out here so
 * that a seed gives the same walks on every JDK, whatever {@code java.util}'s generators become.
 * One thread.
 */
final class SplitMix {

    static final long GAMMA = 0x9E37_79B9_7F4A_7C15L;
    private long state;

    SplitMix(long seed) {
        this.state = seed;
    }

    /** The {@code n}-th number (from 0) a source seeded with {@code seed} gives, without the n before it. */
    static long nth(long seed, long n) {
        return mix(seed + (n + 1) * GAMMA);
    }

    long nextLong() {
        state += GAMMA;
        return mix(state);
    }

    /** Stafford's variant 13 of MurmurHash3's finaliser: every input bit moves every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }

    /** A number in [0, bound), {@code bound} > 0; the modulo favours some numbers by at most bound / 2^63. */
    int nextInt(int bound) {
        return (int) ((nextLong() >>> 1) % bound);
    }

    /** Puts {@code list} in a random order (Fisher and Yates). */
    <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
