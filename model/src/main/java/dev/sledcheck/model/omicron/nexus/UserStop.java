package dev.sledcheck.model.omicron.nexus;

import dev.sledcheck.model.omicron.Ids;
import dev.sledcheck.model.actor.Actor;
import dev.sledcheck.model.actor.Ctx;
import dev.sledcheck.model.actor.Id;
import dev.sledcheck.model.omicron.Answer;
import dev.sledcheck.model.omicron.InstanceId;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.Role;
import dev.sledcheck.model.omicron.Roles;
import dev.sledcheck.model.omicron.Said;
import dev.sledcheck.model.omicron.StopGuard;
import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.model.omicron.VmmId;
import dev.sledcheck.model.omicron.VmmState;
import java.util.List;

/**
 * The user (the test driver) and Nexus's stop (nexus/src/app/instance.rs L707-1005 @BUG).
 *
 * <p>A stop reads the instance and its active VMM once (snapshot gen s), recording the user's
 * intent; a Failed instance is moved to "no VMM" without asking the agent; a linked VMM that is not
 * soft-deleted, even a Destroyed one, makes it call the agent (unless the variant's stop guard
 * says a terminal VMM means done). On the answer, one step: 200, write the state (a landed terminal
 * write spawns a saga, as every {@code notify_vmm_updated} does); 404 NO_SUCH_INSTANCE, write
 * Failed at s + 1 and run the saga even if the write did not land, and wait for it (the user gets
 * 503, #6809); anything else, no write.
 *
 * <p>The {@link Plan} says what the test does: an optional first stop, after which it pokes the
 * agent and (with {@code --user-stop}) a second stop races the drain.
 */
public final class UserStop implements Actor<UserStop.State, Msg, Db> {

    /** What the test does: {@code firstStop} (or none), then the pokes and the racing stop. */
    public record Plan(InstanceId firstStop, List<VmmId> pokes, InstanceId racingStop) {
        public Plan {
            pokes = List.copyOf(pokes);
        }
    }

    /** A stop waiting for the agent's answer or for its saga. */
    public record InFlight(int number, InstanceId instance, VmmId vmm, int snapshot, boolean awaitingSaga) {
        InFlight withIds(Ids f) {
            return new InFlight(number, f.instance(instance), Ids.vmm(f, vmm), snapshot, awaitingSaga);
        }
    }

    /** Stops completed so far, and the one in flight ({@code null} when idle). */
    public record State(int completed, InFlight stop) {
        /** This state with its ids passed through {@code f}. */
        public State withIds(Ids f) {
            return stop == null ? this : new State(completed, stop.withIds(f));
        }
    }

    private final Variant variant;
    private final Roles roles;
    private final boolean intent;
    private final Plan plan;

    public UserStop(Variant variant, Roles roles, boolean intent, Plan plan) {
        this.variant = variant;
        this.roles = roles;
        this.intent = intent;
        this.plan = plan;
    }

    @Override
    public State init(Id self, Ctx<Msg, Db> ctx) {
        if (plan.firstStop() != null) {
            ctx.send(self, new Msg.BeginStop(1, plan.firstStop()));
        } else {
            afterFirstStop(self, ctx);
        }
        return new State(0, null);
    }

    @Override
    public State receive(Id self, State state, Id from, Msg msg, Ctx<Msg, Db> ctx) {
        if (msg instanceof Msg.BeginStop) {
            return begin(self, state, (Msg.BeginStop) msg, ctx);
        }
        if (msg instanceof Msg.StopReply) {
            return answered(self, state, (Msg.StopReply) msg, ctx);
        }
        if (msg instanceof Msg.SagaDone) {
            ctx.note(new Said("stop #" + state.stop().number() + ": update saga done; the user gets 503"));
            return complete(self, state, ctx);
        }
        throw new IllegalArgumentException("user cannot handle " + msg);
    }

    private State begin(Id self, State state, Msg.BeginStop b, Ctx<Msg, Db> ctx) {
        Db db = ctx.store();
        InstanceRow inst = db.instance(b.instance());
        db = db.with(inst.stopRequested(intent));
        String head = "stop #" + b.number() + " of " + b.instance() + ": ";
        State busy = new State(state.completed(), new InFlight(b.number(), b.instance(), null, 0, false));
        if (inst.failed()) {
            InstanceRow cleared = db.instance(b.instance()).clearedFailure();
            ctx.store(db.with(cleared));
            ctx.note(new Said(head + "instance is Failed: moved to no VMM without asking the agent (" + cleared + ")"));
            return complete(self, busy, ctx);
        }
        ctx.store(db);
        VmmRow vmm = inst.active() == null ? null : db.vmm(inst.active());
        if (vmm == null || vmm.deleted()) {
            ctx.note(new Said(head + "instance has no VMM: already stopped"));
            return complete(self, busy, ctx);
        }
        if (variant.stopGuard() == StopGuard.TERMINAL_IS_DONE && vmm.state().terminal()) {
            ctx.note(new Said(head + "active VMM " + vmm + " is terminal: already done (stop guard)"));
            return complete(self, busy, ctx);
        }
        ctx.send(roles.agent(), new Msg.Stop(vmm.id()));
        ctx.note(new Said(head + "read VMM " + vmm + " (snapshot s=" + vmm.gen() + "); PUT /vmms/" + vmm.id()
                + "/state Stopped"));
        return new State(state.completed(), new InFlight(b.number(), b.instance(), vmm.id(), vmm.gen(), false));
    }

    private State answered(Id self, State state, Msg.StopReply reply, Ctx<Msg, Db> ctx) {
        InFlight stop = state.stop();
        Answer a = reply.answer();
        String head = "stop #" + stop.number() + ": sled agent answered " + a.describe();
        switch (a.code()) {
            case OK: {
                ctx.note(new Said(head));
                Write w = VmmUpdates.write(ctx, "user stop", reply.vmm(), a.state(), a.gen(), variant.genCheck());
                if (VmmUpdates.needsSaga(w)) {
                    ctx.send(roles.saga(), new Msg.StartSaga(stop.instance(), Role.NONE));
                    ctx.note(new Said("instance-update saga spawned"));
                }
                return complete(self, state, ctx);
            }
            case NO_SUCH_INSTANCE: {
                ctx.note(new Said(head + ": mark the VMM Failed at s+1 and run the update saga"));
                VmmUpdates.write(ctx, "user stop", reply.vmm(), VmmState.FAILED, stop.snapshot() + 1,
                        variant.genCheck());
                ctx.send(roles.saga(), new Msg.StartSaga(stop.instance(), Role.USER));
                return new State(state.completed(),
                        new InFlight(stop.number(), stop.instance(), stop.vmm(), stop.snapshot(), true));
            }
            default:
                ctx.note(new Said(head + ": no write"));
                return complete(self, state, ctx);
        }
    }

    private State complete(Id self, State state, Ctx<Msg, Db> ctx) {
        int number = state.stop().number();
        if (number == 1 && plan.firstStop() != null) {
            afterFirstStop(self, ctx);
        }
        return new State(state.completed() + 1, null);
    }

    private void afterFirstStop(Id self, Ctx<Msg, Db> ctx) {
        for (VmmId v : plan.pokes()) {
            ctx.send(roles.agent(), new Msg.Poke(v));
        }
        if (!plan.pokes().isEmpty()) {
            ctx.note(new Said("test: poke " + plan.pokes()));
        }
        if (plan.racingStop() != null) {
            ctx.send(self, new Msg.BeginStop(2, plan.racingStop()));
        }
    }
}
