package dev.sledcheck.model.omicron.nexus;

import dev.sledcheck.model.actor.Actor;
import dev.sledcheck.model.actor.Ctx;
import dev.sledcheck.model.actor.Id;
import dev.sledcheck.model.omicron.GenCheck;
import dev.sledcheck.model.omicron.InstanceId;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.Roles;
import dev.sledcheck.model.omicron.Said;
import dev.sledcheck.model.omicron.Stateless;
import dev.sledcheck.model.omicron.VmmId;
import dev.sledcheck.model.omicron.VmmState;

/**
 * Auto-restart (nexus/src/app/background/tasks/instance_reincarnation.rs). Woken by a saga for a
 * Failed instance, it restarts it at most once (the cooldown): a new VMM row, Creating gen 1 (as
 * omicron's start saga creates it; the watcher skips Creating), linked as the active VMM; then the
 * agent is asked to register it, and its answer is written back like any VMM update. With intent
 * on (#8053) it restarts only instances whose intended state is Running. A locked instance is
 * skipped and retried (in omicron: on the task's next activation).
 */
public final class Reincarnation implements Actor<Stateless, Msg, Db> {
    private final Roles roles;
    private final boolean intent;
    private final GenCheck genCheck;

    public Reincarnation(Roles roles, boolean intent, GenCheck genCheck) {
        this.roles = roles;
        this.intent = intent;
        this.genCheck = genCheck;
    }

    @Override
    public Stateless init(Id self, Ctx<Msg, Db> ctx) {
        return Stateless.STATELESS;
    }

    @Override
    public Stateless receive(Id self, Stateless state, Id from, Msg msg, Ctx<Msg, Db> ctx) {
        if (msg instanceof Msg.Wake) {
            wake(self, ((Msg.Wake) msg).instance(), ctx);
        } else if (msg instanceof Msg.Registered) {
            Msg.Registered r = (Msg.Registered) msg;
            ctx.note(new Said("start saga: " + r.vmm() + " registered: " + r.answer().describe()));
            if (r.answer().code() == dev.sledcheck.model.omicron.Answer.Code.OK) {
                VmmUpdates.write(ctx, "start saga", r.vmm(), r.answer().state(), r.answer().gen(), genCheck);
            }
        } else {
            throw new IllegalArgumentException("reincarnation cannot handle " + msg);
        }
        return state;
    }

    private void wake(Id self, InstanceId id, Ctx<Msg, Db> ctx) {
        Db db = ctx.store();
        InstanceRow inst = db.instance(id);
        if (!inst.failed()) {
            ctx.note(new Said("" + id + " is not Failed any more: nothing to do"));
        } else if (inst.restarted()) {
            ctx.note(new Said("" + id + " was restarted recently (cooldown): skipped"));
        } else if (intent && inst.intended() != Intended.RUNNING) {
            ctx.note(new Said("" + id + " is intended " + inst.intended() + ": not restarted"));
        } else if (inst.locked()) {
            ctx.note(new Said("" + id + " is locked: skipped, retried later"));
            ctx.send(self, new Msg.Wake(id));
        } else {
            VmmId vmm = db.freshVmmId();
            Db next = db.with(new VmmRow(vmm, id, VmmState.CREATING, 1, false)).with(inst.restartedWith(vmm));
            ctx.store(next);
            ctx.send(roles.agent(), new Msg.Register(vmm));
            ctx.note(new Said("restarting Failed " + id + " with new VMM " + vmm
                    + " (Creating gen 1); register it at the sled agent"));
        }
    }
}
