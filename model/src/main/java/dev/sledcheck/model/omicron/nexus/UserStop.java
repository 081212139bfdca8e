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
import dev.sledcheck.model.omicron.Writer;
import java.util.List;

/**
 * The user (the test driver) and Nexus's stop ({@code instance_stop}, nexus/src/app/instance.rs
 * L707-746 @d337333577c5, L1130-1184 @b848b6df85).
 *
 * <p>A stop reads the instance and its active VMM once (snapshot gen s; the read joins an active
 * VMM that is not soft-deleted, even a Destroyed one, which shows as Stopping, so the stop goes to
 * the agent unless the variant's stop guard says a terminal VMM means done). A Failed instance is
 * moved to "no VMM" at instance gen + 1 without asking the agent. At HEAD the intended state is
 * written in a second step, which re-reads the instance; the decision takes that instance with the
 * first read's VMM. On the agent's answer, one step: 200, write the state (a landed terminal write
 * spawns a saga: {@code notify_vmm_updated}, L996-999); 404 NO_SUCH_INSTANCE, write Failed at s + 1
 * ({@code mark_vmm_failed}, L1381-1440) and run the saga even if the write did not land, and wait
 * for it (the user gets 503, #6809); anything else, no write.
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

    /**
     * A stop under way: the VMM it read ({@code null} when none) with that read's state and gen (the
     * snapshot s), waiting for its intent write (HEAD), the agent's answer, or its saga.
     */
    public record InFlight(int number, InstanceId instance, VmmId vmm, VmmState snapshotState, int snapshot,
            boolean awaitingSaga) {
        InFlight withIds(Ids f) {
            return new InFlight(number, f.instance(instance), Ids.vmm(f, vmm), snapshotState, snapshot, awaitingSaga);
        }

        /** This stop with its snapshot replaced (a reduction's canonical doomed one). */
        public InFlight withSnapshot(VmmState state, int gen) {
            return new InFlight(number, instance, vmm, state, gen, awaitingSaga);
        }

        InFlight awaiting() {
            return new InFlight(number, instance, vmm, snapshotState, snapshot, true);
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
        if (msg instanceof Msg.StopIntent) {
            return intent(self, state, ctx);
        }
        if (msg instanceof Msg.StopReply) {
            return answered(self, state, (Msg.StopReply) msg, ctx);
        }
        if (msg instanceof Msg.SagaDone) {
            ctx.note(new Said("stop #" + state.stop().number() + ": update saga done; the user gets 503"));
            return complete(self, state, ctx);
        }
        if (msg instanceof Msg.SagaFailed) {
            ctx.note(new Said("stop #" + state.stop().number() + ": the update saga could not be created; the"
                    + " user gets an error"));
            return complete(self, state, ctx);
        }
        if (msg instanceof Msg.StopFailed f) {
            // instance_request_state sends the PUT once (L976-984) and returns the error; a
            // CommunicationError is 504 on a timeout, else 502 (L116-124); Failed is marked only
            // on vmm_gone, a 404 (L720-737). b848b6df85: L144-148, L1151-1169.
            ctx.note(new Said("stop #" + state.stop().number() + ": PUT /vmms/" + f.vmm() + "/state got no answer"
                    + " -> 504 GATEWAY_TIMEOUT to the user; no write, nothing marked Failed, no retry"));
            return complete(self, state, ctx);
        }
        throw new IllegalArgumentException("user cannot handle " + msg);
    }

    private State begin(Id self, State state, Msg.BeginStop b, Ctx<Msg, Db> ctx) {
        Db db = ctx.store();
        InstanceRow inst = db.instance(b.instance());
        boolean apart = variant.nexus().stopWritesIntentApart();
        InstanceRow asked = inst.stopRequested(intent && !apart);
        db = db.with(asked);
        ctx.store(db);
        VmmRow vmm = inst.active() == null ? null : db.vmm(inst.active());
        InFlight read = vmm == null || vmm.deleted()
                ? new InFlight(b.number(), b.instance(), null, null, 0, false)
                : new InFlight(b.number(), b.instance(), vmm.id(), vmm.state(), vmm.gen(), false);
        State busy = new State(state.completed(), read);
        if (apart) {
            ctx.note(new Said("stop #" + b.number() + " of " + b.instance() + ": read " + inst
                    + (read.vmm() == null ? "" : ", VMM " + vmm + " (snapshot s=" + vmm.gen() + ")")));
            ctx.send(self, new Msg.StopIntent(b.number(), b.instance()));
            return busy;
        }
        return decide(self, busy, asked, ctx);
    }

    /** HEAD's second step: write the intended state, re-read the instance, and decide on it. */
    private State intent(Id self, State state, Ctx<Msg, Db> ctx) {
        Db db = ctx.store();
        InstanceRow inst = db.instance(state.stop().instance()).intendedStopped();
        ctx.store(db.with(inst));
        ctx.note(new Said("stop #" + state.stop().number() + ": intended state Stopped written; re-read " + inst));
        return decide(self, state, inst, ctx);
    }

    /**
     * What the stop does with the instance {@code inst} it has read and the VMM of its read: a
     * Failed instance moves to no VMM; no VMM (or, at HEAD, one unlinked since the first read,
     * which a release build computes as Stopped) is already done; the stop guard may say done;
     * else the agent is asked.
     */
    private State decide(Id self, State state, InstanceRow inst, Ctx<Msg, Db> ctx) {
        InFlight stop = state.stop();
        String head = "stop #" + stop.number() + " of " + stop.instance() + ": ";
        if (inst.failed()) {
            InstanceRow cleared = inst.clearedFailure();
            ctx.store(ctx.store().with(cleared));
            ctx.note(new Said(head + "instance is Failed: moved to no VMM without asking the agent (" + cleared + ")"));
            return complete(self, state, ctx);
        }
        if (stop.vmm() == null || !stop.vmm().equals(inst.active())) {
            ctx.note(new Said(head + "instance has no VMM: already stopped"));
            return complete(self, state, ctx);
        }
        if (variant.stopGuard() == StopGuard.TERMINAL_IS_DONE && stop.snapshotState().terminal()) {
            ctx.note(new Said(head + "active VMM " + stop.vmm() + " is " + stop.snapshotState()
                    + ": already done (stop guard)"));
            return complete(self, state, ctx);
        }
        ctx.send(roles.agent(), new Msg.Stop(stop.vmm()));
        boolean apart = variant.nexus().stopWritesIntentApart();
        ctx.note(new Said(head + (apart ? "" : "read ") + "VMM " + stop.vmm() + " " + stop.snapshotState() + " gen "
                + stop.snapshot() + " (snapshot s=" + stop.snapshot() + (apart ? ", first read" : "") + "); PUT /vmms/"
                + stop.vmm() + "/state Stopped"));
        return state;
    }

    private State answered(Id self, State state, Msg.StopReply reply, Ctx<Msg, Db> ctx) {
        InFlight stop = state.stop();
        Answer a = reply.answer();
        String head = "stop #" + stop.number() + ": sled agent answered " + a.describe();
        switch (a.code()) {
            case OK: {
                ctx.note(new Said(head));
                Write w = VmmUpdates.write(ctx, Writer.USER_STOP, reply.vmm(), a.state(), a.gen(), variant.genCheck());
                if (VmmUpdates.needsSaga(w)) {
                    ctx.send(roles.saga(), new Msg.StartSaga(stop.instance(), Role.NONE));
                    ctx.note(new Said("instance-update saga spawned"));
                }
                return complete(self, state, ctx);
            }
            case NO_SUCH_INSTANCE: {
                ctx.note(new Said(head + ": mark the VMM Failed at s+1 and run the update saga"));
                int gen = variant.nexus().failedGen(stop.snapshotState(), stop.snapshot(), stop.snapshot() + 1);
                VmmUpdates.write(ctx, Writer.USER_STOP, reply.vmm(), VmmState.FAILED, gen, variant.genCheck());
                ctx.send(roles.saga(), new Msg.StartSaga(stop.instance(), Role.USER));
                return new State(state.completed(), stop.awaiting());
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
