package dev.sledcheck.checker;

import java.util.Arrays;
import java.util.List;

/**
 * Where a breadth-first level ends, decided in one-thread order from what its chunks found (see
 * {@link LevelSearch}): each open property's first evidence, and the last transition a one-thread
 * search completes before every property is decided or the state limit is reached.
 *
 * <p>Events are ordered by their <em>key</em>, {@code claim << 2 | kind}, kinds in the order a
 * one-thread search meets them at one claim: a dead end, a step, a discovery.
 *
 * @param first        per property, the key of its first evidence ({@link Chunk#NO_EVIDENCE}: none)
 * @param cut          the key of the event the search stops at ({@link Long#MAX_VALUE}: none)
 * @param lastClaim    the last claim whose transition counts ({@link Long#MAX_VALUE}: every one)
 * @param lastAdmitted the last claim whose new state joins the next level
 * @param byStates     whether the state limit, not the properties, ends the search here
 */
record LevelEnd(long[] first, long cut, long lastClaim, long lastAdmitted, boolean byStates) {

    static final int END = 0;
    static final int STEP = 1;
    static final int DISCOVERY = 2;

    static long key(long claim, int kind) {
        return claim << 2 | kind;
    }

    /** The claim an event key names. */
    static long claimOf(long key) {
        return key >> 2;
    }

    static boolean isEnd(long key) {
        return (key & 3) == END;
    }

    /** The level's end, given the open properties and the room the state limit leaves. */
    static LevelEnd of(List<Chunk> chunks, int[] open, int properties, long room) {
        long[] first = new long[properties];
        Arrays.fill(first, Chunk.NO_EVIDENCE);
        long winners = 0;
        for (Chunk c : chunks) {
            winners += c.winners;
            for (int i : open) {
                first[i] = Math.min(first[i], c.evidence[i]);
            }
        }
        // The state limit: the first new state beyond it is where a one-thread search stops,
        // right after judging the step that reached it.
        long limitKey = winners > room ? key(Chunks.nthWinner(chunks, room), STEP) : Long.MAX_VALUE;
        // Every property decided: at the latest of their first evidence.
        long settleKey = open.length == 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        for (int i : open) {
            settleKey = Math.max(settleKey, first[i]);
        }
        boolean settles = settleKey < limitKey;
        // The last claim whose transition (and new state) a one-thread search completes.
        long lastClaim;
        if (settles) {
            lastClaim = isEnd(settleKey) ? claimOf(settleKey) - 1 : claimOf(settleKey);
        } else if (limitKey != Long.MAX_VALUE) {
            lastClaim = claimOf(limitKey);
        } else {
            lastClaim = Long.MAX_VALUE;
        }
        boolean byStates = !settles && limitKey != Long.MAX_VALUE;
        // Under the state limit the limit's own step counts, but its new state does not join.
        long lastAdmitted = byStates ? lastClaim - 1 : lastClaim;
        return new LevelEnd(first, settles ? settleKey : limitKey, lastClaim, lastAdmitted, byStates);
    }

    /** Whether property {@code i} is decided in this level: its first evidence comes by the cut. */
    boolean decides(int i) {
        return first[i] != Chunk.NO_EVIDENCE && first[i] <= cut;
    }

    /** Whether the search stops within this level. */
    boolean stops() {
        return lastClaim != Long.MAX_VALUE;
    }
}
