package dev.sledcheck.checker.frontier;

import dev.sledcheck.model.pack.Packing;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a breadth-first search's levels are queued: as objects, or packed by the model's {@link
 * Packing} with blocks spilled to files in a directory beyond a memory budget.
 */
public final class Queue {

    private final Packing packing;
    private final Gauge gauge;
    private final Path dir;
    private final long packFrom;

    private Queue(Packing packing, long budget, Path dir, long packFrom) {
        this.packing = packing;
        this.gauge = new Gauge(budget);
        this.dir = dir;
        this.packFrom = packFrom;
    }

    /** Levels as lists of objects. */
    public static Queue objects() {
        return new Queue(null, Long.MAX_VALUE, null, Long.MAX_VALUE);
    }

    /**
     * Levels packed by {@code packing} once the level before is {@code packFrom} states wide (0:
     * every level), in memory up to {@code budget} bytes, then in files in {@code dir}.
     */
    public static Queue packed(Packing packing, long budget, Path dir, long packFrom) {
        return new Queue(packing, budget, dir, packFrom);
    }

    /** Whether the level after one of {@code width} states is to be packed. */
    public boolean packs(long width) {
        return packing != null && width >= packFrom;
    }

    /** The packed bytes written to disk so far. */
    public long spilled() {
        return gauge.spilled();
    }

    /** A level to be built, in runs, each by one thread; packed queues only. */
    public Building building() {
        if (packing == null) {
            throw new IllegalStateException("a queue of objects builds no packed runs");
        }
        return new Building(new Spill(dir));
    }

    /** The runs of one level being built, and their common spill file. */
    public final class Building {
        private final Spill spill;

        private Building(Spill spill) {
            this.spill = spill;
        }

        /** A new run for one thread to pack states into. */
        public PackedRun run() {
            return new PackedRun(packing, gauge, spill);
        }

        /** The level: of each run, the states at {@code picked}'s indices (ascending), in run order. */
        public <S> Frontier<S> frontier(List<PackedRun> runs, List<int[]> picked) {
            runs.forEach(PackedRun::finish);
            return new PackedFrontier<>(runs, picked, spill);
        }
    }
}
