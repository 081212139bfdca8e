package dev.sledcheck.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A walk's visited set: what it holds, and how few new states it hides when full. */
class BitstateTest {

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
