package dev.sledcheck.checker;

import dev.sledcheck.checker.frontier.Queue;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.pack.Packing;
import java.nio.file.Path;

/** The queue a breadth-first search of a model gets under its options. */
final class Queues {

    /** What a queued state may cost as objects, at most, in the models we know (omicron: 300-1,000). */
    static final long OBJECT_BYTES = 1024;

    private Queues() {}

    static Queue of(Model<?, ?> model, SearchOptions options) {
        FrontierOptions f = options.frontier();
        if (f.mode() == FrontierOptions.Mode.OBJECTS || options.store() == StoreMode.EXACT) {
            return Queue.objects();
        }
        Packing packing = model.packing();
        String refusal = packing == null ? "the model packs no states" : packing.refusal(model.initialStates());
        if (refusal != null) {
            if (f.mode() == FrontierOptions.Mode.PACKED) {
                throw new ModelError("--frontier packed: " + refusal);
            }
            return Queue.objects();
        }
        long packFrom = f.mode() == FrontierOptions.Mode.PACKED ? 0 : autoWidth(options);
        return Queue.packed(packing, f.memoryBudget(), Path.of(System.getProperty("java.io.tmpdir")), packFrom);
    }

    /**
     * The width from which {@code auto} packs the next level: where a level's objects, at up to
     * {@link #OBJECT_BYTES} a state, would take a quarter of the memory budget. Below it, objects
     * cost nothing to pack and unpack (packing costs 2-6 microseconds a state, as much as a few
     * steps), and they fit. A width, not a measure of the heap, so that the choice, and what the
     * method line says, is the same in every run with the same heap.
     */
    static long autoWidth(SearchOptions options) {
        long budget = options.maxMemory() > 0 ? options.maxMemory() : Runtime.getRuntime().maxMemory();
        return Math.max(1, budget / 4 / OBJECT_BYTES);
    }
}
