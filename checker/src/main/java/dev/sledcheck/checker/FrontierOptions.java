package dev.sledcheck.checker;

import java.util.Locale;
import java.util.Objects;

/**
 * How a breadth-first search queues the states it has found but not expanded yet.
 *
 * @param mode   objects, packed bytes, or packed once the store keeps fingerprints and levels are
 *               wide (the default)
 * @param memory bytes of packed states the queue keeps in memory before it writes blocks of them
 *               to a file (0: the default, a quarter of the heap's maximum, at most 1 GiB)
 */
public record FrontierOptions(Mode mode, long memory) {

    public static final FrontierOptions DEFAULT = new FrontierOptions(Mode.AUTO, 0);

    /** How queued states are held. */
    public enum Mode {
        /** As the model's objects: no packing cost, and as big as the object graphs. */
        OBJECTS,
        /** Packed into bytes ({@link dev.sledcheck.model.pack.Packing}); blocks go to disk beyond the memory budget. */
        PACKED,
        /**
         * Packed once the store keeps fingerprints (the states a search must hold are then only
         * the queued ones) and levels grow wide enough that their objects would take a quarter of
         * the memory budget; objects before, and when the model's states cannot be packed.
         */
        AUTO;

        /** The name the command line uses. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public FrontierOptions {
        Objects.requireNonNull(mode, "mode");
        if (memory < 0) {
            throw new IllegalArgumentException("the frontier's memory must be >= 0 (0 = default): " + memory);
        }
    }

    /** The memory budget in bytes, the default resolved against this JVM's heap. */
    long memoryBudget() {
        if (memory > 0) {
            return memory;
        }
        long max = Runtime.getRuntime().maxMemory();
        return max == Long.MAX_VALUE ? 1L << 30 : Math.min(1L << 30, max / 4);
    }
}
