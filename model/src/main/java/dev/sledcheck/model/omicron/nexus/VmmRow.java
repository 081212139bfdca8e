package dev.sledcheck.model.omicron.nexus;

import dev.sledcheck.model.omicron.Ids;
import dev.sledcheck.model.omicron.InstanceId;
import dev.sledcheck.model.omicron.VmmId;
import dev.sledcheck.model.omicron.VmmState;

/** Nexus's row for one VMM: its runtime (state, gen) and whether the saga soft-deleted it. */
public record VmmRow(VmmId id, InstanceId instance, VmmState state, int gen, boolean deleted) {

    /** This row with its ids passed through {@code f}. */
    public VmmRow withIds(Ids f) {
        return new VmmRow(f.vmm(id), f.instance(instance), state, gen, deleted);
    }

    VmmRow withRuntime(VmmState s, int g) {
        return new VmmRow(id, instance, s, g, deleted);
    }

    VmmRow softDeleted() {
        return new VmmRow(id, instance, state, gen, true);
    }

    /** Terminal or soft-deleted: the row can no longer be mistaken for a live VMM. */
    public boolean settled() {
        return deleted || state.terminal();
    }

    @Override
    public String toString() {
        return id + " " + state + " gen " + gen + (deleted ? " (soft-deleted)" : "");
    }
}
