package dev.sledcheck.model.omicron.nexus;

import dev.sledcheck.model.omicron.Ids;
import dev.sledcheck.model.omicron.GenCheck;
import dev.sledcheck.model.omicron.InstanceId;
import dev.sledcheck.model.omicron.VmmId;
import dev.sledcheck.model.omicron.VmmState;
import dev.sledcheck.model.omicron.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Nexus's database: VMM rows and instance rows, each list sorted by id. Immutable: every change
 * returns a new {@code Db}. It is the actor system's shared store; a step that writes it is one
 * transaction.
 */
public record Db(List<VmmRow> vmms, List<InstanceRow> instances) {

    public Db {
        vmms = List.copyOf(vmms);
        instances = List.copyOf(instances);
    }

    /** The result of a conditional write: the database after it, and the note saying what happened. */
    public record Written(Db db, Write write) {}

    /** This database with every id passed through {@code f}, both tables sorted again. */
    public Db withIds(Ids f) {
        List<VmmRow> vs = new ArrayList<>(vmms.size());
        vmms.forEach(r -> vs.add(r.withIds(f)));
        vs.sort(Comparator.comparing(VmmRow::id));
        List<InstanceRow> is = new ArrayList<>(instances.size());
        instances.forEach(r -> is.add(r.withIds(f)));
        is.sort(Comparator.comparing(InstanceRow::id));
        return new Db(vs, is);
    }

    public VmmRow vmm(VmmId id) {
        for (VmmRow r : vmms) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no VMM row " + id);
    }

    public InstanceRow instance(InstanceId id) {
        for (InstanceRow r : instances) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no instance row " + id);
    }

    /** The instance's active VMM row, or {@code null} when it has none. */
    public VmmRow activeVmm(InstanceId id) {
        VmmId active = instance(id).active();
        return active == null ? null : vmm(active);
    }

    /**
     * Nexus's conditional VMM write (omicron {@code vmm_update_runtime}): the whole runtime is
     * written only if the row is not soft-deleted and {@code check} admits the new gen over the
     * stored one; otherwise nothing changes and nobody is told. This is the one place the
     * generation rule lives.
     */
    public Written writeVmm(Writer writer, VmmId id, VmmState state, int gen, GenCheck check) {
        VmmRow before = vmm(id);
        WriteOutcome outcome;
        Db after = this;
        if (before.deleted()) {
            outcome = WriteOutcome.DROPPED_DELETED;
        } else if (!check.admits(before.gen(), gen)) {
            outcome = WriteOutcome.DROPPED_STALE;
        } else {
            outcome = WriteOutcome.LANDED;
            after = with(before.withRuntime(state, gen));
        }
        return new Written(after, new Write(writer, id, state, gen, before, outcome));
    }

    /** The result of a soft-delete: the database after it, and whether it deleted the row. */
    public record Deleted(Db db, boolean deleted) {}

    /**
     * omicron's {@code vmm_mark_deleted} (datastore/vmm.rs L80-108 @d337333577c5): soft-deletes the
     * row only if it is destroyable (Destroyed, Failed or SagaUnwound) and not deleted yet;
     * otherwise nothing changes, silently.
     */
    public Deleted markDeleted(VmmId id) {
        VmmRow r = vmm(id);
        boolean destroyable = r.state().terminal() || r.state() == VmmState.SAGA_UNWOUND;
        return destroyable && !r.deleted() ? new Deleted(with(r.softDeleted()), true) : new Deleted(this, false);
    }

    public Db with(VmmRow row) {
        List<VmmRow> next = new ArrayList<>(vmms);
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).id().equals(row.id())) {
                next.set(i, row);
                return new Db(next, instances);
            }
        }
        next.add(row);
        next.sort((a, b) -> a.id().compareTo(b.id()));
        return new Db(next, instances);
    }

    public Db with(InstanceRow row) {
        List<InstanceRow> next = new ArrayList<>(instances);
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).id().equals(row.id())) {
                next.set(i, row);
                return new Db(vmms, next);
            }
        }
        throw new IllegalArgumentException("no instance row " + row.id());
    }

    /** An id no VMM row has yet. */
    public VmmId freshVmmId() {
        int max = 0;
        for (VmmRow r : vmms) {
            max = Math.max(max, r.id().n());
        }
        return new VmmId(max + 1);
    }
}
