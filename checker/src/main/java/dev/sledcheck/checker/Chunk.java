package dev.sledcheck.checker;

import java.util.Arrays;

/**
 * One slice of a breadth-first level, {@code [from, to)} of the frontier, and what expanding it
 * found: the successors that may be new (<em>candidates</em>, each with its fingerprint and its
 * claim, in claim order), how many actions each frontier state had, and per property the earliest
 * evidence (an event key, see {@link LevelSearch}). A chunk is worked on by one thread at a time.
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

    Object[] states = new Object[16];
    long[] prints = new long[16];
    long[] claims = new long[16];
    boolean[] won;
    int size;
    int winners;

    Chunk(int from, int to, int properties) {
        this.from = from;
        this.to = to;
        this.actions = new int[to - from];
        this.ample = new int[to - from][];
        this.evidence = new long[properties];
        Arrays.fill(evidence, NO_EVIDENCE);
    }

    void add(Object state, long print, long claim) {
        if (size == states.length) {
            states = Arrays.copyOf(states, 2 * size);
            prints = Arrays.copyOf(prints, 2 * size);
            claims = Arrays.copyOf(claims, 2 * size);
        }
        states[size] = state;
        prints[size] = print;
        claims[size] = claim;
        size++;
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
