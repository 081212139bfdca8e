package dev.sledcheck.model.omicron.agent;

import dev.sledcheck.model.actor.Actor;
import dev.sledcheck.model.actor.Ctx;
import dev.sledcheck.model.actor.Id;
import dev.sledcheck.model.fingerprint.Fingerprints;
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
 * through the manager's table. Propolis's observations are published one at a time, each awaited
 * before the next is taken (RA-PRE L551-566, RA-FIX L928-998). A stop while the zone exists always
 * goes to Stopping at gen + 1 ({@link Vmm#stopAsRunner}); a VMM registered but never run has no
 * zone. On the Destroyed observation:
 * <ul>
 *   <li>RA-PRE ({@link RemovalOrder#REMOVE_THEN_PUBLISH}, 2d0031ce6d50), one step: tear the zone
 *       down, deregister (GET and stop answer 404 from now on, L1465), bump to a second, synthetic
 *       Destroyed at gen + 1 (L2318), and publish that (L557); the first Destroyed is never
 *       published (#7927).
 *   <li>RA-FIX ({@link RemovalOrder#PUBLISH_THEN_REMOVE}, dbcd860db265, unchanged at b848b6df85):
 *       publish Destroyed (L780-782); GETs and stops that arrive meanwhile wait in the runner's
 *       queue; on the 204 deregister (L794) and answer them: GETs 200 with the terminal state,
 *       stops 410 GONE (L799-827).
 * </ul>
 */
public final class RealAgent implements Actor<RealAgent.State, Msg, Db> {

    /**
     * A runner: its VMM; whether its propolis zone exists (not until the VMM is asked to run);
     * whether it is publishing its final state; the GETs and stops waiting in its queue meanwhile.
     */
    public record Runner(Vmm vmm, boolean zone, boolean publishingFinal, int heldGets, int heldStops) {
        Runner with(Vmm v) {
            return new Runner(v, zone, publishingFinal, heldGets, heldStops);
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
                    : Fingerprints.word(r.vmm().slice(), (r.publishingFinal() ? 1 : 0) | (r.zone() ? 2 : 0)
                            | (long) r.heldGets() << 2 | (long) r.heldStops() << 20);
        }

        @Override
        public String describe(VmmId id) {
            Runner r = find(id);
            if (r == null) {
                return Table.ABSENT_TEXT;
            }
            return r.vmm().describe() + (r.publishingFinal() ? ", publishing its final state" : "")
                    + (r.heldGets() > 0 ? ", " + r.heldGets() + " GET waiting" : "")
                    + (r.heldStops() > 0 ? ", " + r.heldStops() + " stop waiting" : "") + (r.zone() ? "" : ", no zone");
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
        this.initial = new State(initial.stream().map(v -> new Runner(v, true, false, 0, 0)).toList());
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
                ctx.note(new Said("GET /vmms/" + id + "/state: waits in the terminating runner's queue"));
                return state.put(new Runner(r.vmm(), r.zone(), true, r.heldGets() + 1, r.heldStops()));
            }
            Replies.current(ctx, from, r.vmm());
            return state;
        }
        if (msg instanceof Msg.Stop) {
            return stop(state, ((Msg.Stop) msg).vmm(), from, ctx);
        }
        if (msg instanceof Msg.Poke) {
            return observe(state, ((Msg.Poke) msg).vmm(), ctx);
        }
        if (msg instanceof Msg.Ack) {
            return acked(self, state, ((Msg.Ack) msg).vmm(), ctx);
        }
        if (msg instanceof Msg.PutFailed f) {
            return retried(state, f, ctx);
        }
        if (msg instanceof Msg.Register) {
            return state.put(new Runner(Replies.register(ctx, from, ((Msg.Register) msg).vmm()), false, false, 0, 0));
        }
        if (msg instanceof Msg.Run) {
            // The zone is created and propolis starts; its monitor reports on its own from now on.
            VmmId id = ((Msg.Run) msg).vmm();
            Runner r = state.find(id);
            if (r == null) {
                // A stop deregistered it first (RA-PRE, no zone). A Running request is answered at
                // once with no runtime and the manager's NoSuchVmm goes to a dropped channel
                // (instance_manager.rs ensure_state L218-230, L691-704 @2d0031ce6d50): Nexus writes
                // nothing, so no answer is modelled.
                ctx.note(new Said("PUT /vmms/" + id + "/state Running: not registered; -> 200 with no runtime"));
                return state;
            }
            Vmm v = r.vmm().runRequested();
            if (v != r.vmm()) {
                ctx.send(self, new Msg.Poke(v.id()));
            }
            Replies.ran(ctx, from, v);
            return state.put(new Runner(v, true, r.publishingFinal(), r.heldGets(), r.heldStops()));
        }
        throw new IllegalArgumentException("real agent cannot handle " + msg);
    }

    private State stop(State state, VmmId id, Id from, Ctx<Msg, Db> ctx) {
        Runner r = state.find(id);
        if (r == null) {
            Replies.noSuchInstance(ctx, from, new Msg.Stop(id), id);
            return state;
        }
        if (r.publishingFinal()) {
            ctx.note(new Said("PUT /vmms/" + id + "/state Stopped: waits in the terminating runner's queue"));
            return state.put(new Runner(r.vmm(), r.zone(), true, r.heldGets(), r.heldStops() + 1));
        }
        if (!r.zone()) {
            return stopUnstarted(state, r, from, ctx);
        }
        Vmm s = r.vmm().stopAsRunner();
        ctx.note(new Said("PUT /vmms/" + id + "/state Stopped: propolis asked to stop -> 200 " + s.state() + " gen " + s.gen()));
        ctx.send(from, new Msg.StopReply(id, Answer.ok(s.state(), s.gen())));
        return state.put(r.with(s));
    }

    /**
     * A stop of a VMM registered but never run (no zone): RA-PRE terminates it rudely, deregisters
     * at once (L2067-2070, L1401-1404), answers Destroyed at gen + 1 and publishes that; RA-FIX
     * forces Destroyed and then asserts a zone exists (L2150-2153, L2176-2179), so the runner panics:
     * in a test build its ticket deregisters it without publishing and the stop gets a 500.
     */
    private State stopUnstarted(State state, Runner r, Id from, Ctx<Msg, Db> ctx) {
        VmmId id = r.vmm().id();
        Vmm d = r.vmm().terminatedRudely();
        if (removal == RemovalOrder.REMOVE_THEN_PUBLISH) {
            ctx.send(from, new Msg.StopReply(id, Answer.ok(d.state(), d.gen())));
            ctx.send(roles.nexus(), new Msg.Publish(id, d.state(), d.gen()));
            ctx.note(new Said("PUT /vmms/" + id + "/state Stopped: no zone: " + id + " deregistered; -> 200 Destroyed gen "
                    + d.gen() + "; publish gen " + d.gen()));
        } else {
            ctx.send(from, new Msg.StopReply(id, Answer.of(Answer.Code.SERVER_ERROR)));
            ctx.note(new Said("PUT /vmms/" + id + "/state Stopped: no zone: the runner asserts one exists and panics; "
                    + id + " deregistered unpublished; -> 500"));
        }
        return state.remove(id);
    }

    private State acked(Id self, State state, VmmId id, Ctx<Msg, Db> ctx) {
        Runner r = state.find(id);
        if (r == null) {
            ctx.note(new Said("PUT /vmms/" + id + " -> 204"));
            return state;
        }
        if (r.publishingFinal()) {
            Vmm v = r.vmm();
            for (int i = 0; i < r.heldGets(); i++) {
                ctx.send(roles.watcher(), new Msg.GetReply(id, Answer.ok(v.state(), v.gen())));
            }
            for (int i = 0; i < r.heldStops(); i++) {
                ctx.send(roles.user(), new Msg.StopReply(id, Answer.of(Answer.Code.GONE)));
            }
            ctx.note(new Said("PUT /vmms/" + id + " -> 204; " + id + " deregistered"
                    + (r.heldGets() == 0 ? "" : "; waiting GET answered 200 " + v.state() + " gen " + v.gen())
                    + (r.heldStops() == 0 ? "" : "; waiting stop answered 410 GONE")));
            return state.remove(id);
        }
        ctx.note(new Said("PUT /vmms/" + id + " -> 204" + (r.vmm().drained() ? "" : "; runner observes on")));
        if (!r.vmm().drained()) {
            ctx.send(self, new Msg.Poke(id));
        }
        return state;
    }

    /**
     * A PUT that got no 204: {@code publish_state_to_nexus} retries a transport error or a 5xx for
     * ever ({@code retry_policy_internal_service}: 250 ms, doubling to 3 min, no time limit;
     * RA-PRE L809-891, RA-FIX L844-926, common/src/backoff.rs RA-FIX L67-72, L104-108), with the
     * same (state, gen): the runner does nothing else meanwhile, so nothing can change them. Its
     * queue keeps waiting; a runner already deregistered (RA-PRE's final publish) retries all the
     * same. Nexus never answers this PUT with a 4xx (docs/model.md), so the agent never gives up.
     */
    private State retried(State state, Msg.PutFailed f, Ctx<Msg, Db> ctx) {
        ctx.send(roles.nexus(), new Msg.Publish(f.vmm(), f.state(), f.gen()));
        ctx.note(new Said("PUT /vmms/" + f.vmm() + " " + f.state() + " gen " + f.gen() + " failed: transport"
                + " error, retried after backoff; PUT /vmms/" + f.vmm() + " " + f.state() + " gen " + f.gen()
                + " again"));
        return state;
    }

    private State observe(State state, VmmId id, Ctx<Msg, Db> ctx) {
        Runner r = state.find(id);
        if (r == null || r.vmm().drained()) {
            throw new IllegalStateException("runner " + id + " has nothing to observe");
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
        return state.put(new Runner(next, false, true, 0, 0));
    }
}
