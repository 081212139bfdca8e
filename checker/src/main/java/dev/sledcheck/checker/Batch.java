package dev.sledcheck.checker;

import dev.sledcheck.checker.store.Visited;

/**
 * Successors waiting to be looked up in the store, in claim order. Looking up a few hundred at
 * once, in a tight loop, lets the processor wait for several cache misses at a time (the store is
 * far bigger than any cache); one by one, between model steps, each miss is waited for alone.
 */
final class Batch {

    /** Judges a candidate's state by the state properties still open; see {@link Chunk}. */
    interface Judge {
        /** The mask of the properties the state is evidence for (the array is reused). */
        long[] onDiscovery(Chunk c, Object state);
    }

    /**
     * Judges packed candidates by the state properties in {@code onDiscovery} as they are listed
     * (their objects are not kept; candidates kept as objects are judged as winners, once each, when
     * the level settles). A property is judged until a candidate of the chunk is evidence for it:
     * later candidates have greater claims, and if that one loses its state to another chunk, that
     * chunk judges the same state at a smaller claim, so the least winning evidence is still found.
     */
    @SuppressWarnings("unchecked")
    static <S> Judge judge(Ledger<S, ?> ledger, int[] onDiscovery) {
        long[] mask = new long[Math.max(1, (ledger.size() + 63) >>> 6)];
        return (c, state) -> {
            java.util.Arrays.fill(mask, 0);
            for (int i : onDiscovery) {
                if (!c.judged[i] && ledger.evidenceOnDiscovery(i, (S) state)) {
                    c.judged[i] = true;
                    mask[i >>> 6] |= 1L << i;
                }
            }
            return mask;
        };
    }

    private static final int SIZE = 256;

    private final Object[] states = new Object[SIZE];
    private final long[] prints = new long[SIZE];
    private final long[] claims = new long[SIZE];
    private final boolean[] seenBefore = new boolean[SIZE];
    private int size;

    /** Adds a successor; true when the batch is full and must be flushed. */
    boolean add(Object state, long print, long claim) {
        states[size] = state;
        prints[size] = print;
        claims[size] = claim;
        return ++size == SIZE;
    }

    /** Looks every waiting successor up; those not seen in an earlier level become candidates. */
    @SuppressWarnings("unchecked")
    <S> void flush(Visited<S> visited, Chunk c, LocalSeen seen, Judge judge) {
        for (int k = 0; k < size; k++) {
            seenBefore[k] = visited.claim((S) states[k], prints[k]) != Visited.NONE;
        }
        for (int k = 0; k < size; k++) {
            if (!seenBefore[k]) {
                c.fresh++;
                if (seen.add(states[k], prints[k])) {
                    c.add(states[k], prints[k], claims[k], c.run == null ? null : judge.onDiscovery(c, states[k]));
                }
            }
            states[k] = null;
        }
        size = 0;
    }
}
