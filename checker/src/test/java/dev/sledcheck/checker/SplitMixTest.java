package dev.sledcheck.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The swarm's one source of randomness: the standard generator, and seeds that never share a walk. */
class SplitMixTest {

    @Test
    void splitMixIsTheStandardGenerator() {
        // SplitMix64's first output from seed 0 (the reference C code's, and java.util.SplittableRandom's).
        assertEquals(0xE220A8397B1DCDAFL, new SplitMix(0).nextLong());
        SplitMix r = new SplitMix(42);
        for (int n = 0; n < 5; n++) {
            assertEquals(r.nextLong(), SplitMix.nth(42, n), "draw " + n);
        }
    }

    @Test
    void seedsBelowAMillionNeverShareAWalk() {
        // Walk i of seed S starts from S + (i + 1) * GAMMA. Seeds S and S + k share a walk only if
        // (i - j) * GAMMA = k (mod 2^64) for two walk indices i, j: i - j = k / GAMMA, which for every
        // k below a million is at least 2^31 away from 0, beyond any --walks (an int).
        java.math.BigInteger m = java.math.BigInteger.ONE.shiftLeft(64);
        long inverse = java.math.BigInteger.valueOf(SplitMix.GAMMA).mod(m).modInverse(m).longValue();
        assertEquals(1L, inverse * SplitMix.GAMMA);
        for (long k = 1; k < 1_000_000; k++) {
            long diff = k * inverse;
            assertTrue(diff >= 1L << 31 || diff <= -(1L << 31), "seeds S and S + " + k + " share a walk");
        }
    }

    @Test
    void aShuffleIsAPermutation() {
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), shuffled(9).stream().sorted().toList());
        assertNotEquals(shuffled(9), shuffled(10));
    }

    private static List<Integer> shuffled(long seed) {
        List<Integer> list = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7));
        new SplitMix(seed).shuffle(list);
        return list;
    }
}
