package dev.sledcheck.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The swarm's random source and its walks' visited sets. */
class BitstateTest {

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
    void aShuffleIsAPermutation() {
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), shuffled(9).stream().sorted().toList());
        assertNotEquals(shuffled(9), shuffled(10));
    }

    private static List<Integer> shuffled(long seed) {
        List<Integer> list = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7));
        new SplitMix(seed).shuffle(list);
        return list;
    }

    @Test
    void aStateIsNewOnceAndThenSeen() {
        Bitstate seen = new Bitstate(5);
        assertFalse(seen.contains(123));
        assertTrue(seen.add(123));
        assertTrue(seen.contains(123));
        assertFalse(seen.add(123));
        assertEquals(1, seen.size());
    }

    @Test
    void filledToCapacityItHidesFewNewStates() {
        Bitstate seen = new Bitstate(77);
        SplitMix prints = new SplitMix(1);
        int lost = 0;
        while (!seen.full()) {
            lost += seen.add(prints.nextLong()) ? 0 : 1;
        }
        int hidden = 0;
        int tries = 100_000;
        for (int i = 0; i < tries; i++) {
            hidden += seen.contains(prints.nextLong()) ? 1 : 0;
        }
        // The class comment's bound, with room for chance.
        assertTrue(hidden < tries / 100, hidden + " of " + tries + " new states looked seen");
        assertTrue(lost < Bitstate.CAPACITY / 100, lost + " states lost while filling");
    }
}
