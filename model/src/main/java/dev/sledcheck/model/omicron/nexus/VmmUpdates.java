package dev.sledcheck.model.omicron.nexus;

import dev.sledcheck.model.actor.Ctx;
import dev.sledcheck.model.omicron.GenCheck;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.VmmId;
import dev.sledcheck.model.omicron.VmmState;
import dev.sledcheck.model.omicron.Writer;

/**
 * omicron's {@code process_vmm_update}: the conditional write that the PUT handler, the watcher,
 * the user's stop and the start saga all go through. Whether a landed terminal write then spawns
 * or awaits a saga is the caller's business.
 */
final class VmmUpdates {
    private VmmUpdates() {}

    static Write write(Ctx<Msg, Db> ctx, Writer writer, VmmId vmm, VmmState state, int gen, GenCheck check) {
        Db.Written w = ctx.store().writeVmm(writer, vmm, state, gen, check);
        ctx.store(w.db());
        ctx.note(w.write());
        return w.write();
    }

    /** A landed write of Destroyed or Failed: the instance needs its update saga. */
    static boolean needsSaga(Write w) {
        return w.landed() && w.state().terminal();
    }
}
