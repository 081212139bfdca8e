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
import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.model.omicron.VmmId;
import dev.sledcheck.model.omicron.VmmState;
import dev.sledcheck.model.omicron.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The instance watcher (nexus/src/app/background/tasks/instance_watcher.rs @BUG). A pass is a
 * listing step (one database read: snapshot gen s per listed VMM, a GET sent for each), then, per
 * VMM, one step on the agent's answer: write the agent's (state, gen) on 200, write Failed at the
 * variant's gen (omicron: s + 1) on 404 NO_SUCH_INSTANCE, nothing otherwise; if a terminal write
 * landed, run the saga and wait for it. The next pass starts only when this one is over.
 */
public final class Watcher implements Actor<Watcher.State, Msg, Db> {

    /** One VMM's check within the current pass. */
    public record Check(VmmId vmm, InstanceId instance, VmmState snapshotState, int snapshot, boolean awaitingSaga) {
        Check withIds(Ids f) {
            return new Check(f.vmm(vmm), f.instance(instance), snapshotState, snapshot, awaitingSaga);
        }

        Check awaiting() {
            return new Check(vmm, instance, snapshotState, snapshot, true);
        }
    }

    /** Passes finished, and the checks of the pass in progress (empty between passes). */
    public record State(int passesDone, List<Check> checks) {
        public State {
            checks = List.copyOf(checks);
        }

        /** This state with its ids passed through {@code f}, the checks in canonical order. */
        public State withIds(Ids f) {
            List<Check> renamed = new ArrayList<>(checks.size());
            checks.forEach(c -> renamed.add(c.withIds(f)));
            return new State(passesDone, sorted(renamed));
        }

        /** The checks in a canonical order: the watcher finds a check by its VMM, never by position. */
        public static List<Check> sorted(List<Check> checks) {
            List<Check> s = new ArrayList<>(checks);
            s.sort(Comparator.comparing(Check::vmm).thenComparing(Check::awaitingSaga));
            return s;
        }
    }

    private final Variant variant;
    private final Roles roles;
    private final int passes;

    public Watcher(Variant variant, Roles roles, int passes) {
        this.variant = variant;
        this.roles = roles;
        this.passes = passes;
    }

    @Override
    public State init(Id self, Ctx<Msg, Db> ctx) {
        if (passes > 0) {
            ctx.send(self, new Msg.Pass(1));
        }
        return new State(0, List.of());
    }

    @Override
    public State receive(Id self, State state, Id from, Msg msg, Ctx<Msg, Db> ctx) {
        if (msg instanceof Msg.Pass) {
            return list(self, state, ctx);
        }
        if (msg instanceof Msg.GetReply) {
            return answered(self, state, (Msg.GetReply) msg, ctx);
        }
        if (msg instanceof Msg.SagaDone) {
            InstanceId instance = ((Msg.SagaDone) msg).instance();
            ctx.note(new Said("update saga for " + instance + " done"));
            return finished(self, without(state, c -> c.awaitingSaga() && c.instance().equals(instance)), ctx);
        }
        if (msg instanceof Msg.SagaFailed f) {
            // watcher.rs L244-273 @BUG: a saga that cannot start is Incomplete::UpdateFailed, no retry.
            ctx.note(new Said("update saga for " + f.instance() + " could not be created: check incomplete"
                    + " (UpdateFailed), no retry"));
            return finished(self, without(state, c -> c.awaitingSaga() && c.instance().equals(f.instance())), ctx);
        }
        if (msg instanceof Msg.GetFailed f) {
            // watcher.rs L201-217 @BUG: a CommunicationError (a timeout included) is
            // Incomplete::SledAgentUnreachable: no write; the VMM is looked at again next pass.
            ctx.note(new Said("GET " + f.vmm() + " -> no answer (timed out): sled agent is unreachable; check"
                    + " incomplete, no write"));
            return finished(self, without(state, c -> !c.awaitingSaga() && c.vmm().equals(f.vmm())), ctx);
        }
        throw new IllegalArgumentException("watcher cannot handle " + msg);
    }

    private State list(Id self, State state, Ctx<Msg, Db> ctx) {
        List<Check> checks = new ArrayList<>();
        StringBuilder listed = new StringBuilder();
        for (VmmRow row : ctx.store().vmms()) {
            if (lists(variant, row)) {
                checks.add(new Check(row.id(), row.instance(), row.state(), row.gen(), false));
                ctx.send(roles.agent(), new Msg.Get(row.id()));
                listed.append(listed.length() == 0 ? "" : ", ").append(row.id()).append(' ')
                        .append(row.state()).append(" gen ").append(row.gen()).append(" (snapshot s=")
                        .append(row.gen()).append(')');
            }
        }
        ctx.note(new Said("pass " + (state.passesDone() + 1) + ": list VMMs: "
                + (checks.isEmpty() ? "none" : listed + "; GET each")));
        return finished(self, new State(state.passesDone(), checks), ctx);
    }

    /**
     * Whether a listing lists {@code row} ({@code instance_and_vmm_list_by_sled_agent}): not
     * soft-deleted, and in a state the variant's filter keeps.
     */
    public static boolean lists(Variant variant, VmmRow row) {
        return !row.deleted() && variant.watcherFilter().lists(row.state());
    }

    /**
     * Whether the watcher of a system bounded to {@code passes} passes may still list: a pass is in
     * flight (not yet listed), or the pass under way is not the last and so will send the next when
     * its checks are over. A pass under way always has checks: one that lists nothing ends at once.
     */
    public static boolean mayList(State state, boolean passInFlight, int passes) {
        return passInFlight || !state.checks().isEmpty() && state.passesDone() + 1 < passes;
    }

    private State answered(Id self, State state, Msg.GetReply reply, Ctx<Msg, Db> ctx) {
        Check check = null;
        for (Check c : state.checks()) {
            if (c.vmm().equals(reply.vmm()) && !c.awaitingSaga()) {
                check = c;
            }
        }
        if (check == null) {
            throw new IllegalStateException("watcher got an answer it did not ask for: " + reply);
        }
        Answer a = reply.answer();
        Write w = null;
        switch (a.code()) {
            case OK:
                ctx.note(new Said("GET " + reply.vmm() + " -> " + a.describe()));
                w = VmmUpdates.write(ctx, Writer.WATCHER, reply.vmm(), a.state(), a.gen(), variant.genCheck());
                break;
            case NO_SUCH_INSTANCE:
                ctx.note(new Said("GET " + reply.vmm() + " -> 404 NO_SUCH_INSTANCE: sled-agent error indicates"
                        + " that this instance's VMM has failed!"));
                int gen = variant.nexus().failedGen(check.snapshotState(), check.snapshot(),
                        variant.failedGen().gen(check.snapshot(), ctx.store().vmm(reply.vmm()).gen()));
                w = VmmUpdates.write(ctx, Writer.WATCHER, reply.vmm(), VmmState.FAILED, gen, variant.genCheck());
                break;
            default:
                ctx.note(new Said("GET " + reply.vmm() + " -> " + a.describe() + ": no write"));
        }
        Check done = check;
        State rest = without(state, c -> c == done);
        if (w != null && VmmUpdates.needsSaga(w)) {
            ctx.send(roles.saga(), new Msg.StartSaga(check.instance(), Role.WATCHER));
            ctx.note(new Said("run instance-update saga for " + check.instance() + " and wait for it"));
            List<Check> checks = new ArrayList<>(rest.checks());
            checks.add(check.awaiting());
            return new State(state.passesDone(), checks);
        }
        return finished(self, rest, ctx);
    }

    /** Ends the pass if no check is left, and lets the next pass start if the bound allows. */
    private State finished(Id self, State after, Ctx<Msg, Db> ctx) {
        if (!after.checks().isEmpty()) {
            return after;
        }
        int done = after.passesDone() + 1;
        if (done < passes) {
            ctx.send(self, new Msg.Pass(done + 1));
        }
        return new State(done, List.of());
    }

    private static State without(State s, java.util.function.Predicate<Check> drop) {
        List<Check> kept = new ArrayList<>();
        boolean dropped = false;
        for (Check c : s.checks()) {
            if (!dropped && drop.test(c)) {
                dropped = true;
            } else {
                kept.add(c);
            }
        }
        return new State(s.passesDone(), kept);
    }
}
