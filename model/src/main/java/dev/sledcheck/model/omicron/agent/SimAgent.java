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
 * The simulated sled agent (sled-agent/src/sim/collection.rs L234-290 @BUG): one lock over its VMM
 * table, so every handler here is one critical section.
 *
 * <ul>
 *   <li>GET: absent, 404 NO_SUCH_INSTANCE; else 200 (state, gen).
 *   <li>Stop: look-up (absent: 404), then a separate critical section applies it; a VMM that
 *       vanished in between makes the handler panic (500).
 *   <li>Poke, one iteration: apply the next queued state at gen + 1 and PUT it to Nexus. Under
 *       {@link RemovalOrder#REMOVE_THEN_PUBLISH} (the bug) a destroyed, drained VMM leaves the
 *       table in this same critical section, before Nexus hears of it. On the 204: under the fix,
 *       forget it now; else poke again if something is left.
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
            VmmId id = ((Msg.StopApply) msg).vmm();
            Vmm v = state.vmm(id);
            if (v == null) {
                ctx.note(new Said("PUT /vmms/" + id + "/state: VMM vanished after the look-up: handler panics (500)"));
                ctx.send(roles.user(), new Msg.StopReply(id, Answer.of(Answer.Code.SERVER_ERROR)));
                return state;
            }
            Vmm s = v.stopped();
            ctx.note(new Said("PUT /vmms/" + id + "/state Stopped: " + (s == v ? "no-op, " : "")
                    + "-> 200 " + s.state() + " gen " + s.gen()));
            ctx.send(roles.user(), new Msg.StopReply(id, Answer.ok(s.state(), s.gen())));
            // The collection puts the object back unless it is destroyed with nothing left to
            // apply; the fixed order keeps it until its Destroyed was published.
            boolean removeNow = s.finished() && removal == RemovalOrder.REMOVE_THEN_PUBLISH;
            return removeNow ? state.remove(id) : state.put(s);
        }
        if (msg instanceof Msg.Poke) {
            return poke(state, ((Msg.Poke) msg).vmm(), ctx);
        }
        if (msg instanceof Msg.Ack) {
            VmmId id = ((Msg.Ack) msg).vmm();
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
        if (msg instanceof Msg.Register) {
            return state.put(Replies.register(ctx, from, ((Msg.Register) msg).vmm()));
        }
        throw new IllegalArgumentException("sim agent cannot handle " + msg);
    }

    private State poke(State state, VmmId id, Ctx<Msg, Db> ctx) {
        Vmm v = state.vmm(id);
        if (v == null || v.drained()) {
            ctx.note(new Said("poke " + id + ": nothing to do"));
            return state;
        }
        Vmm next = v.advanced();
        ctx.send(roles.nexus(), new Msg.Publish(id, next.state(), next.gen()));
        boolean removeNow = next.finished() && removal == RemovalOrder.REMOVE_THEN_PUBLISH;
        ctx.note(new Said("poke " + id + ": apply " + next.state() + " gen " + next.gen()
                + (removeNow ? "; " + id + " removed from the table" : "")
                + "; PUT /vmms/" + id + " " + next.state() + " gen " + next.gen() + " to Nexus"));
        return removeNow ? state.remove(id) : state.put(next);
    }
}
