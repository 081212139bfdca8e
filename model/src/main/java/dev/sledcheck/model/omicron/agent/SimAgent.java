package dev.sledcheck.model.omicron.agent;

import dev.sledcheck.model.actor.Actor;
import dev.sledcheck.model.actor.Ctx;
import dev.sledcheck.model.actor.Id;
import dev.sledcheck.model.omicron.Answer;
import dev.sledcheck.model.omicron.Ids;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.RemovalOrder;
import dev.sledcheck.model.omicron.Roles;
import dev.sledcheck.model.omicron.Said;
import dev.sledcheck.model.omicron.VmmId;
import dev.sledcheck.model.omicron.nexus.Db;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The simulated sled agent (sled-agent/src/sim/ @d337333577c5, unchanged at b848b6df85): one lock
 * over its VMM table, so every handler here is one critical section.
 *
 * <ul>
 *   <li>GET ({@code instance_get_state}): absent, 404 NO_SUCH_INSTANCE; else 200 (state, gen).
 *   <li>Stop ({@code instance_ensure_state}): a look-up (absent: 404), then {@code sim_ensure}, a
 *       second critical section that applies the stop by the VMM's <em>resting</em> state and
 *       always puts the object back; a VMM that vanished in between makes {@code SimInstance::new}
 *       assert, and the connection is dropped.
 *   <li>Poke ({@code sim_poke}), one iteration: apply the next queued state at gen + 1 and PUT it
 *       to Nexus. Under {@link RemovalOrder#REMOVE_THEN_PUBLISH} (omicron's order, #7282) a VMM
 *       destroyed by propolis with nothing left leaves the table in this same critical section,
 *       before Nexus hears of it. On the 204: under RFD 486's order, forget it now; else poke
 *       again if something is left.
 *   <li>Register and Run, from reincarnation's start saga.
 *   <li>A PUT that got no 204 (a fault): the poke panics; nothing retries it.
 * </ul>
 */
public final class SimAgent implements Actor<SimAgent.State, Msg, Db> {

    /** The VMM table, sorted by id. */
    public record State(List<Vmm> table) implements AgentState {
        public State {
            table = List.copyOf(table);
        }

        @Override
        public List<Vmm> vmms() {
            return table;
        }

        @Override
        public Vmm vmm(VmmId id) {
            return Table.find(table, Vmm::id, id);
        }

        @Override
        public State withIds(Ids f) {
            List<Vmm> renamed = new ArrayList<>(table.size());
            table.forEach(v -> renamed.add(v.withIds(f)));
            renamed.sort(Comparator.comparing(Vmm::id));
            return new State(renamed);
        }

        @Override
        public long slice(VmmId id) {
            Vmm v = vmm(id);
            return v == null ? Table.ABSENT : v.slice();
        }

        @Override
        public String describe(VmmId id) {
            Vmm v = vmm(id);
            return v == null ? Table.ABSENT_TEXT : v.describe();
        }

        State put(Vmm v) {
            return new State(Table.put(table, Vmm::id, v));
        }

        State remove(VmmId id) {
            return new State(Table.remove(table, Vmm::id, id));
        }
    }

    private final RemovalOrder removal;
    private final Roles roles;
    private final State initial;

    public SimAgent(RemovalOrder removal, Roles roles, List<Vmm> initial) {
        this.removal = removal;
        this.roles = roles;
        this.initial = new State(initial);
    }

    @Override
    public State init(Id self, Ctx<Msg, Db> ctx) {
        return initial;
    }

    @Override
    public State receive(Id self, State state, Id from, Msg msg, Ctx<Msg, Db> ctx) {
        if (msg instanceof Msg.Get) {
            VmmId id = ((Msg.Get) msg).vmm();
            Vmm v = state.vmm(id);
            if (v == null) {
                Replies.noSuchInstance(ctx, from, msg, id);
            } else {
                Replies.current(ctx, from, v);
            }
            return state;
        }
        if (msg instanceof Msg.Stop) {
            VmmId id = ((Msg.Stop) msg).vmm();
            if (state.vmm(id) == null) {
                Replies.noSuchInstance(ctx, from, msg, id);
            } else {
                ctx.note(new Said("PUT /vmms/" + id + "/state Stopped: look-up found it"));
                ctx.send(self, new Msg.StopApply(id));
            }
            return state;
        }
        if (msg instanceof Msg.StopApply) {
            return stopApply(state, ((Msg.StopApply) msg).vmm(), ctx);
        }
        if (msg instanceof Msg.Poke) {
            return poke(state, ((Msg.Poke) msg).vmm(), ctx);
        }
        if (msg instanceof Msg.Ack) {
            return acked(self, state, ((Msg.Ack) msg).vmm(), ctx);
        }
        if (msg instanceof Msg.PutFailed f) {
            // sim/collection.rs L270-274 @d337333577c5 (same at b848b6df85): "TODO-robustness: If
            // this fails, we need to put it on some list of updates to retry later", then
            // notify(..).await.unwrap(). No retry: the poke panics, and with it the test.
            ctx.note(new Said("PUT /vmms/" + f.vmm() + " " + f.state() + " gen " + f.gen() + " failed: sim_poke's"
                    + " notify(..).await.unwrap() panics (no retry: TODO-robustness); the poke ends there and the"
                    + " test fails; " + f.vmm() + " is left as it was"));
            return state;
        }
        if (msg instanceof Msg.Register) {
            return state.put(Replies.register(ctx, from, ((Msg.Register) msg).vmm()));
        }
        if (msg instanceof Msg.Run) {
            // Look-up and sim_ensure merged into one step: only a VMM destroyed by propolis ever
            // leaves the table, and a VMM asked to run was only just registered.
            VmmId id = ((Msg.Run) msg).vmm();
            Vmm v = state.vmm(id).runRequested();
            Replies.ran(ctx, from, v);
            return state.put(v);
        }
        throw new IllegalArgumentException("sim agent cannot handle " + msg);
    }

    /** {@code sim_ensure}: apply the stop and put the object back, whatever it became. */
    private State stopApply(State state, VmmId id, Ctx<Msg, Db> ctx) {
        Vmm v = state.vmm(id);
        if (v == null) {
            ctx.note(new Said("PUT /vmms/" + id + "/state: VMM vanished after the look-up: SimInstance::new"
                    + " asserts; the handler panics and the connection is dropped"));
            ctx.send(roles.user(), new Msg.StopReply(id, Answer.of(Answer.Code.DROPPED)));
            return state;
        }
        Vmm s = v.stopAsSimulated();
        ctx.note(new Said("PUT /vmms/" + id + "/state Stopped: " + (s == v ? "no-op (resting " + v.resting() + "), " : "")
                + "-> 200 " + s.state() + " gen " + s.gen()));
        ctx.send(roles.user(), new Msg.StopReply(id, Answer.ok(s.state(), s.gen())));
        return state.put(s);
    }

    private State poke(State state, VmmId id, Ctx<Msg, Db> ctx) {
        Vmm v = state.vmm(id);
        if (v == null) {
            // sim_poke unwraps the table's entry; no run of the model pokes a VMM it removed.
            throw new IllegalStateException("poke of " + id + ", which the simulated table no longer holds");
        }
        Vmm next = v.drained() ? v : v.advanced();
        ctx.send(roles.nexus(), new Msg.Publish(id, next.state(), next.gen()));
        boolean removeNow = next.finished() && removal == RemovalOrder.REMOVE_THEN_PUBLISH;
        ctx.note(new Said("poke " + id + ": " + (next == v ? "nothing queued" : "apply " + next.state() + " gen " + next.gen())
                + (removeNow ? "; " + id + " removed from the table" : "")
                + "; PUT /vmms/" + id + " " + next.state() + " gen " + next.gen() + " to Nexus"));
        return removeNow ? state.remove(id) : state.put(next);
    }

    private State acked(Id self, State state, VmmId id, Ctx<Msg, Db> ctx) {
        Vmm v = state.vmm(id);
        if (v == null) {
            ctx.note(new Said("PUT /vmms/" + id + " -> 204"));
            return state;
        }
        if (v.finished() && removal == RemovalOrder.PUBLISH_THEN_REMOVE) {
            ctx.note(new Said("PUT /vmms/" + id + " -> 204; Destroyed was published: " + id
                    + " removed from the table"));
            return state.remove(id);
        }
        ctx.note(new Said("PUT /vmms/" + id + " -> 204" + (v.drained() ? "" : "; poke continues")));
        if (!v.drained()) {
            ctx.send(self, new Msg.Poke(id));
        }
        return state;
    }
}
