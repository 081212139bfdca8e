package dev.sledcheck.checker;

import java.util.Arrays;

/**
 * The claim of every state by id, in chunks of 2^20 so that growing never copies the whole. A
 * claim packs the parent's id + 1 and the index of the action taken from it, which is all a path
 * needs to be rebuilt by replaying actions ({@link Paths}), and orders transitions as a one-thread
 * breadth-first search meets them (parents in id order, then actions in order). An initial state's
 * claim is its index among the model's initial states. Written by the searching thread only.
 */
final class Claims {

    static final int ACTION_BITS = 20;
    static final int MAX_ACTIONS = 1 << ACTION_BITS;
    private static final long ACTION_MASK = MAX_ACTIONS - 1;

    /** The claim of the transition taking action {@code action} from state {@code parent} (-1: none). */
    static long of(long parent, int action) {
        return (parent + 1) << ACTION_BITS | action;
    }

    /** The parent's id, or -1 for an initial state. */
    static long parentOf(long claim) {
        return (claim >> ACTION_BITS) - 1;
    }

    /** The action's index among the parent's enabled actions (an initial state's: its index). */
    static int actionOf(long claim) {
        return (int) (claim & ACTION_MASK);
    }

    private static final int CHUNK_BITS = 20;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int FIRST = 1024;

    private long[][] chunks = new long[16][];
    private long size;

    void add(long claim) {
        int c = (int) (size >>> CHUNK_BITS);
        int at = (int) (size & (CHUNK - 1));
        if (c == chunks.length) {
            chunks = Arrays.copyOf(chunks, 2 * c);
        }
        if (chunks[c] == null) {
            // The first chunk starts small and doubles, so small searches stay small.
            chunks[c] = new long[c == 0 ? FIRST : CHUNK];
        } else if (at == chunks[c].length) {
            chunks[c] = Arrays.copyOf(chunks[c], 2 * at);
        }
        chunks[c][at] = claim;
        size++;
    }

    long get(long id) {
        if (id < 0 || id >= size) {
            throw new IndexOutOfBoundsException("no state " + id + " of " + size);
        }
        return chunks[(int) (id >>> CHUNK_BITS)][(int) (id & (CHUNK - 1))];
    }

    long size() {
        return size;
    }

    /** The bytes of the chunks in use. */
    long bytes() {
        long n = 0;
        for (long[] c : chunks) {
            n += c == null ? 0 : 8L * c.length;
        }
        return n;
    }
}
