package dev.sledcheck.model.omicron.agent;

import dev.sledcheck.model.actor.Actor;
import dev.sledcheck.model.actor.Ctx;
import dev.sledcheck.model.actor.Id;
import dev.sledcheck.model.core.Fingerprints;
import dev.sledcheck.model.omicron.Answer;
import dev.sledcheck.model.omicron.Ids;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.RemovalOrder;
import dev.sledcheck.model.omicron.Roles;
import dev.sledcheck.model.omicron.Said;
import dev.sledcheck.model.omicron.VmmId;
import dev.sledcheck.model.omicron.VmmState;
import dev.sledcheck.model.omicron.nexus.Db;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The real sled agent (sled-agent/src/instance.rs, instance_manager.rs): a runner per VMM, found
 * through the manager's table. Propolis's observations are published one at a time, each awaited.
 * On the Destroyed observation:
 * <ul>
 *   <li>RA-PRE ({@link RemovalOrder#REMOVE_THEN_PUBLISH}, 2d0031ce6d50), one step: deregister (GET
 *       and stop answer 404 from now on), bump to a second, synthetic Destroyed at gen + 1, and
 *       publish that; the first Destroyed is never published (#7927).
 *   <li>RA-FIX ({@link RemovalOrder#PUBLISH_THEN_REMOVE}, PR #7928): publish Destroyed; while it is
 *       in flight a GET is held and a stop gets 410 GONE; on the 204 deregister and answer the held
 *       GETs with 200 Destroyed.
 * </ul>
 */
public final class RealAgent implements Actor<RealAgent.State, Msg, Db> {

    /** A runner: its VMM, whether it is publishing its final state, and the GETs it holds meanwhile. */
    public record Runner(Vmm vmm, boolean publishingFinal, int heldGets) {
        Runner with(Vmm v) {
            return new Runner(v, publishingFinal, heldGets);
        }
    }

    /** The manager's table of runners, sorted by VMM id. */
    public record State(List<Runner> runners) implements AgentState {
        public State {
            runners = List.copyOf(runners);
        }

        public Runner find(VmmId id) {
            return Table.find(runners, r -> r.vmm().id(), id);
        }

        @Override
        public List<Vmm> vmms() {
            List<Vmm> vs = new ArrayList<>(runners.size());
            runners.forEach(r -> vs.add(r.vmm()));
            return vs;
        }

        @Override
        public Vmm vmm(VmmId id) {
            Runner r = find(id);
            return r == null ? null : r.vmm();
        }

        @Override
        public State withIds(Ids f) {
            List<Runner> renamed = new ArrayList<>(runners.size());
            runners.forEach(r -> renamed.add(r.with(r.vmm().withIds(f))));
            renamed.sort(Comparator.comparing(r -> r.vmm().id()));
            return new State(renamed);
        }

        @Override
        public long slice(VmmId id) {
            Runner r = find(id);
            return r == null ? Table.ABSENT
                    : Fingerprints.word(r.vmm().slice(), (r.publishingFinal() ? 1 : 0) | (long) r.heldGets() << 1);
        }

        @Override
        public String describe(VmmId id) {
            Runner r = find(id);
            if (r == null) {
                return Table.ABSENT_TEXT;
            }
            return r.vmm().describe() + (r.publishingFinal() ? ", publishing its final state" : "")
                    + (r.heldGets() > 0 ? ", " + r.heldGets() + " GET held" : "");
        }

        State put(Runner r) {
            return new State(Table.put(runners, x -> x.vmm().id(), r));
        }

        State remove(VmmId id) {
            return new State(Table.remove(runners, r -> r.vmm().id(), id));
        }
    }

    private final RemovalOrder removal;
    private final Roles roles;
    private final State initial;

    public RealAgent(RemovalOrder removal, Roles roles, List<Vmm> initial) {
        this.removal = removal;
        this.roles = roles;
        this.initial = new State(initial.stream().map(v -> new Runner(v, false, 0)).toList());
    }

    @Override
    public State init(Id self, Ctx<Msg, Db> ctx) {
        return initial;
    }

    @Override
    public State receive(Id self, State state, Id from, Msg msg, Ctx<Msg, Db> ctx) {
        if (msg instanceof Msg.Get) {
            VmmId id = ((Msg.Get) msg).vmm();
            Runner r = state.find(id);
            if (r == null) {
                Replies.noSuchInstance(ctx, from, msg, id);
                return state;
            }
            if (r.publishingFinal()) {
                ctx.note(new Said("GET /vmms/" + id + "/state: held by the terminating runner until it deregisters"));
                return state.put(new Runner(r.vmm(), true, r.heldGets() + 1));
            }
            Replies.current(ctx, from, r.vmm());
            return state;
        }
        if (msg instanceof Msg.Stop) {
            VmmId id = ((Msg.Stop) msg).vmm();
            Runner r = state.find(id);
            if (r == null) {
                Replies.noSuchInstance(ctx, from, msg, id);
                return state;
            }
            if (r.publishingFinal()) {
                ctx.note(new Said("PUT /vmms/" + id + "/state Stopped -> 410 GONE (runner terminating)"));
                ctx.send(from, new Msg.StopReply(id, Answer.of(Answer.Code.GONE)));
                return state;
            }
            Vmm s = r.vmm().stopped();
            ctx.note(new Said("PUT /vmms/" + id + "/state Stopped: " + (s == r.vmm() ? "no-op, " : "")
                    + "-> 200 " + s.state() + " gen " + s.gen()));
            ctx.send(from, new Msg.StopReply(id, Answer.ok(s.state(), s.gen())));
            // A runner deregisters only on its own Destroyed observation, never in a stop.
            return state.put(r.with(s));
        }
        if (msg instanceof Msg.Poke) {
            return observe(state, ((Msg.Poke) msg).vmm(), ctx);
        }
        if (msg instanceof Msg.Ack) {
            VmmId id = ((Msg.Ack) msg).vmm();
            Runner r = state.find(id);
            if (r == null) {
                ctx.note(new Said("PUT /vmms/" + id + " -> 204"));
                return state;
            }
            if (r.publishingFinal()) {
                for (int i = 0; i < r.heldGets(); i++) {
                    ctx.send(roles.watcher(), new Msg.GetReply(id, Answer.ok(r.vmm().state(), r.vmm().gen())));
                }
                ctx.note(new Said("PUT /vmms/" + id + " -> 204; " + id + " deregistered"
                        + (r.heldGets() == 0 ? "" : "; held GET answered 200 " + r.vmm().state() + " gen " + r.vmm().gen())));
                return state.remove(id);
            }
            ctx.note(new Said("PUT /vmms/" + id + " -> 204" + (r.vmm().drained() ? "" : "; runner observes on")));
            if (!r.vmm().drained()) {
                ctx.send(self, new Msg.Poke(id));
            }
            return state;
        }
        if (msg instanceof Msg.Register) {
            return state.put(new Runner(Replies.register(ctx, from, ((Msg.Register) msg).vmm()), false, 0));
        }
        throw new IllegalArgumentException("real agent cannot handle " + msg);
    }

    private State observe(State state, VmmId id, Ctx<Msg, Db> ctx) {
        Runner r = state.find(id);
        if (r == null || r.vmm().drained()) {
            ctx.note(new Said("runner " + id + ": nothing to observe"));
            return state;
        }
        Vmm next = r.vmm().advanced();
        if (!next.finished()) {
            ctx.send(roles.nexus(), new Msg.Publish(id, next.state(), next.gen()));
            ctx.note(new Said("runner " + id + ": propolis reports " + next.state() + "; publish gen " + next.gen()));
            return state.put(r.with(next));
        }
        if (removal == RemovalOrder.REMOVE_THEN_PUBLISH) {
            int bumped = next.gen() + 1;
            ctx.send(roles.nexus(), new Msg.Publish(id, VmmState.DESTROYED, bumped));
            ctx.note(new Said("runner " + id + ": propolis Destroyed (gen " + next.gen() + "); zone torn down; "
                    + id + " deregistered; second Destroyed at gen " + bumped + "; publish gen " + bumped));
            return state.remove(id);
        }
        ctx.send(roles.nexus(), new Msg.Publish(id, next.state(), next.gen()));
        ctx.note(new Said("runner " + id + ": propolis Destroyed; zone removed; publish Destroyed gen "
                + next.gen() + " (deregister after the 204)"));
        return state.put(new Runner(next, true, 0));
    }
}
