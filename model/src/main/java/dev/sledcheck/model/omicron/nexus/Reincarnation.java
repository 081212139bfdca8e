package dev.sledcheck.model.omicron.nexus;

import dev.sledcheck.model.actor.Actor;
import dev.sledcheck.model.actor.Ctx;
import dev.sledcheck.model.actor.Id;
import dev.sledcheck.model.omicron.Answer;
import dev.sledcheck.model.omicron.GenCheck;
import dev.sledcheck.model.omicron.InstanceId;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.Roles;
import dev.sledcheck.model.omicron.Said;
import dev.sledcheck.model.omicron.Stateless;
import dev.sledcheck.model.omicron.VmmId;
import dev.sledcheck.model.omicron.VmmState;
import dev.sledcheck.model.omicron.Writer;

/**
 * Auto-restart: the reincarnation background task
 * (nexus/src/app/background/tasks/instance_reincarnation.rs @d337333577c5) and the instance-start
 * saga it runs (nexus/src/app/sagas/instance_start.rs). The task is periodic; an activation is in
 * flight from the commit that made an instance Failed, and comes at any later moment.
 *
 * <ul>
 *   <li>{@code wake}: the task's query ({@code find_reincarnatable_instances}, datastore/instance.rs
 *       L509-552): a Failed instance, not locked by a saga, not restarted within the cooldown (1 h,
 *       longer than any run here: at most once), and, with intended states, intended Running. A
 *       locked instance is left for a later activation. For each found, the start saga creates its
 *       VMM row, Creating gen 1 ({@code sis_create_vmm_record}, L201-224).
 *   <li>{@code move-to-starting} ({@code sis_move_to_starting}, L280-390): re-read the instance;
 *       another active VMM: conflict, the saga unwinds and marks its row SagaUnwound (L226-265);
 *       else link the new VMM, instance gen + 1, restarted now. No check of the lock, the Failed
 *       state or the intent here.
 *   <li>registration ({@code sis_ensure_registered}, L559-626): the agent registers it Starting at
 *       gen 2; its answer is written like any VMM update; then Run ({@code sis_ensure_running},
 *       L739-794), whose answer is written too.
 * </ul>
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
        } else if (msg instanceof Msg.StartStep) {
            moveToStarting((Msg.StartStep) msg, ctx);
        } else if (msg instanceof Msg.Registered) {
            Msg.Registered r = (Msg.Registered) msg;
            ctx.note(new Said("start saga: " + r.vmm() + " registered: " + r.answer().describe()));
            if (r.answer().code() == Answer.Code.OK) {
                VmmUpdates.write(ctx, Writer.START_SAGA, r.vmm(), r.answer().state(), r.answer().gen(), genCheck);
                ctx.send(roles.agent(), new Msg.Run(r.vmm()));
                ctx.note(new Said("start saga: PUT /vmms/" + r.vmm() + "/state Running"));
            }
        } else if (msg instanceof Msg.RunReply) {
            Msg.RunReply r = (Msg.RunReply) msg;
            ctx.note(new Said("start saga: " + r.vmm() + " asked to run: " + r.answer().describe()));
            if (r.answer().code() == Answer.Code.OK) {
                VmmUpdates.write(ctx, Writer.START_SAGA, r.vmm(), r.answer().state(), r.answer().gen(), genCheck);
            }
        } else {
            throw new IllegalArgumentException("reincarnation cannot handle " + msg);
        }
        return state;
    }

    private void wake(Id self, InstanceId id, Ctx<Msg, Db> ctx) {
        Db db = ctx.store();
        InstanceRow inst = db.instance(id);
        if (!inst.failed() || inst.active() != null) {
            ctx.note(new Said(id + " is not Failed any more: nothing to do"));
        } else if (inst.restarted()) {
            ctx.note(new Said(id + " was restarted recently (cooldown): skipped"));
        } else if (intent && inst.intended() != Intended.RUNNING) {
            ctx.note(new Said(id + " is intended " + inst.intended() + ": not restarted"));
        } else if (inst.locked()) {
            ctx.note(new Said(id + " is locked: left for the task's next activation"));
            ctx.send(self, new Msg.Wake(id));
        } else {
            VmmId vmm = db.freshVmmId();
            ctx.store(db.with(new VmmRow(vmm, id, VmmState.CREATING, 1, false)));
            ctx.send(self, new Msg.StartStep(id, vmm));
            ctx.note(new Said("restarting Failed " + id + ": start saga creates VMM " + vmm + " (Creating gen 1)"));
        }
    }

    private void moveToStarting(Msg.StartStep step, Ctx<Msg, Db> ctx) {
        Db db = ctx.store();
        InstanceRow inst = db.instance(step.instance());
        VmmRow active = db.activeVmm(step.instance());
        if (active != null && active.state() != VmmState.SAGA_UNWOUND) {
            ctx.store(db.with(db.vmm(step.vmm()).withRuntime(VmmState.SAGA_UNWOUND, db.vmm(step.vmm()).gen() + 1)));
            ctx.note(new Said("start saga: " + inst.id() + " changed state before it could be started (active "
                    + active + "): conflict; the saga unwinds; " + step.vmm() + " marked SagaUnwound"));
            return;
        }
        ctx.store(db.with(inst.restartedWith(step.vmm())));
        ctx.send(roles.agent(), new Msg.Register(step.vmm()));
        ctx.note(new Said("start saga: " + inst.id() + " linked to " + step.vmm() + " (instance gen "
                + (inst.gen() + 1) + "); register it at the sled agent"));
    }
}
