package dev.sledcheck.checker;

import dev.sledcheck.checker.frontier.PackedRun;
import java.util.Arrays;

/**
 * One slice of a breadth-first level, {@code [from, to)} of the frontier, and what expanding it
 * found: the successors that may be new (<em>candidates</em>, each with its fingerprint and its
 * claim, in claim order), how many actions each frontier state had, and per property the earliest
 * evidence (an event key, see {@link LevelSearch}). A chunk is worked on by one thread at a time.
 *
 * <p>When the level is packed ({@code run} not null), each candidate's state goes into the run as
 * bytes and no object is kept: it is judged by the state properties as it is listed, and the
 * properties it is evidence for are kept as a bit mask ({@code words} longs a candidate). Kept as
 * objects, candidates are judged later, winners only, so each state is judged once.
 */
final class Chunk {

    static final long NO_EVIDENCE = Long.MAX_VALUE;

    final int from;
    final int to;
    final int[] actions;
    /** Per frontier state, the indices of the actions partial-order reduction kept; null: all of them. */
    final int[][] ample;
    final long[] evidence;
    long transitions;
    /** Successors not seen in an earlier level, each time one is reached (duplicates counted). */
    long fresh;

    final int words;
    /** Per property, whether a candidate listed so far is evidence for it (later ones need not be judged). */
    final boolean[] judged;
    /** The packed run of this chunk's candidates, or null when they are kept as objects. */
    PackedRun run;
    Object[] states = new Object[16];
    long[] prints = new long[16];
    long[] claims = new long[16];
    long[] masks;
    boolean[] won;
    int size;
    int winners;

    Chunk(int from, int to, int properties) {
        this.from = from;
        this.to = to;
        this.actions = new int[to - from];
        this.ample = new int[to - from][];
        this.evidence = new long[properties];
        this.words = Math.max(1, (properties + 63) >>> 6);
        this.judged = new boolean[properties];
        this.masks = new long[16 * words];
        Arrays.fill(evidence, NO_EVIDENCE);
    }

    /** Lists a candidate, with the mask of the state properties its state is evidence for. */
    void add(Object state, long print, long claim, long[] mask) {
        if (size == prints.length) {
            states = Arrays.copyOf(states, 2 * size);
            prints = Arrays.copyOf(prints, 2 * size);
            claims = Arrays.copyOf(claims, 2 * size);
            masks = Arrays.copyOf(masks, 2 * size * words);
        }
        if (run == null) {
            states[size] = state;
        } else {
            run.add(state);
        }
        prints[size] = print;
        claims[size] = claim;
        System.arraycopy(mask, 0, masks, size * words, words);
        size++;
    }

    /** Whether candidate {@code k}'s state is evidence for property {@code i}. */
    boolean evidenceOf(int k, int i) {
        return (masks[k * words + (i >>> 6)] & 1L << i) != 0;
    }

    /** Keeps the earliest evidence for property {@code i}; keys only grow within a chunk. */
    void evidence(int i, long key) {
        if (key < evidence[i]) {
            evidence[i] = key;
        }
    }

    boolean hasEvidence(int i) {
        return evidence[i] != NO_EVIDENCE;
    }
}
