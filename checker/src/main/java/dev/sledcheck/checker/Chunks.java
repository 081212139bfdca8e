package dev.sledcheck.checker;

import dev.sledcheck.checker.store.Visited;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What {@link LevelSearch} does with a level's chunks as a whole: cut the frontier into them, make
 * a phase's tasks of them, and read back, in one-thread order, what they found together.
 */
final class Chunks {

    /** Chunks per thread: enough for uneven chunks to balance out. */
    private static final int CHUNKS_PER_THREAD = 8;

    private Chunks() {}

    /** A frontier of {@code size} states in chunks: one below {@code splitFrom} states or on one thread. */
    static List<Chunk> split(int size, int splitFrom, int threads, int properties) {
        int n = size < splitFrom || threads == 1 ? 1
                : Math.max(1, Math.min(threads * CHUNKS_PER_THREAD, size / Math.max(1, splitFrom / 4)));
        List<Chunk> chunks = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            chunks.add(new Chunk((int) ((long) size * k / n), (int) ((long) size * (k + 1) / n), properties));
        }
        return chunks;
    }

    /** One task a chunk. */
    static List<Runnable> tasks(List<Chunk> chunks, Consumer<Chunk> work) {
        List<Runnable> tasks = new ArrayList<>(chunks.size());
        for (Chunk c : chunks) {
            tasks.add(() -> work.accept(c));
        }
        return tasks;
    }

    /**
     * Phase 2 on one thread, in claim order, for a level that may hold more new states than the
     * state limit leaves room for: it stops at the first candidate beyond the room, the limit's,
     * so the store holds exactly what a one-thread search holds when it stops there, however far
     * each chunk got. Candidates not offered never win their state in phase 3.
     */
    @SuppressWarnings("unchecked")
    static <S> void offerInOrder(List<Chunk> chunks, Visited<S> visited, long room) {
        long fresh = 0;
        for (Chunk c : chunks) {
            for (int k = 0; k < c.size; k++) {
                if (visited.offer((S) c.states[k], c.prints[k], c.claims[k]) && ++fresh > room) {
                    return;
                }
            }
        }
    }

    /** The claim of the {@code n}-th (from 0) state discovered in this level. */
    static long nthWinner(List<Chunk> chunks, long n) {
        for (Chunk c : chunks) {
            if (n >= c.winners) {
                n -= c.winners;
                continue;
            }
            for (int k = 0; k < c.size; k++) {
                if (c.won[k] && n-- == 0) {
                    return c.claims[k];
                }
            }
        }
        throw new IllegalStateException("fewer winners than counted");
    }

    /** The chunk's transitions whose claim is at most {@code lastClaim}. */
    static long transitionsUpTo(Chunk c, long base, long lastClaim) {
        if (lastClaim == Long.MAX_VALUE) {
            return c.transitions;
        }
        long count = 0;
        for (int pos = c.from; pos < c.to; pos++) {
            long first = Claims.of(base + pos, 0);
            int n = c.actions[pos - c.from];
            if (lastClaim < first) {
                break;
            }
            int[] take = c.ample[pos - c.from];
            if (take == null) {
                count += Math.min(n, lastClaim - first + 1);
            } else {
                for (int j : take) {
                    count += first + j <= lastClaim ? 1 : 0;
                }
            }
        }
        return count;
    }
}
