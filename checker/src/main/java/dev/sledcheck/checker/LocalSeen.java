package dev.sledcheck.checker;

import java.util.HashSet;
import java.util.Set;

/**
 * A chunk's own memory of the successors it has already listed as candidates, so that a state
 * reached many times within one chunk is offered to the shared store once. Its claims only grow
 * within a chunk, so the first sighting is the one that can win. One thread.
 */
abstract class LocalSeen {

    /** True the first time the state (or its fingerprint) is added. */
    abstract boolean add(Object state, long print);

    static LocalSeen of(boolean fingerprints) {
        return fingerprints ? new Prints() : new States();
    }

    /** Whole states. */
    private static final class States extends LocalSeen {
        private final Set<Object> seen = new HashSet<>();

        @Override
        boolean add(Object state, long print) {
            return seen.add(state);
        }
    }

    /** Fingerprints in an open-addressing table of longs (0 stands for itself via a flag). */
    private static final class Prints extends LocalSeen {
        private long[] keys = new long[64];
        private int size;
        private boolean zero;

        @Override
        boolean add(Object state, long print) {
            if (print == 0) {
                boolean was = zero;
                zero = true;
                return !was;
            }
            if (2 * (size + 1) > keys.length) {
                grow();
            }
            if (insert(keys, print)) {
                size++;
                return true;
            }
            return false;
        }

        private static boolean insert(long[] keys, long print) {
            int mask = keys.length - 1;
            for (int i = (int) (print * 0x9E37_79B9_7F4A_7C15L >>> 32) & mask; ; i = (i + 1) & mask) {
                if (keys[i] == print) {
                    return false;
                }
                if (keys[i] == 0) {
                    keys[i] = print;
                    return true;
                }
            }
        }

        private void grow() {
            long[] bigger = new long[2 * keys.length];
            for (long k : keys) {
                if (k != 0) {
                    insert(bigger, k);
                }
            }
            keys = bigger;
        }
    }
}
