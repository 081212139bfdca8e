package dev.sledcheck.checker;

import dev.sledcheck.checker.frontier.Queue;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.pack.Packing;
import java.nio.file.Path;

/** The queue a breadth-first search of a model gets under its options. */
final class Queues {

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
        return Queue.packed(packing, f.memoryBudget(), Path.of(System.getProperty("java.io.tmpdir")));
    }
}
