package dev.sledcheck.validate;

import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.Note;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.omicron.Answer;
import dev.sledcheck.model.omicron.InstanceId;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.Roles;
import dev.sledcheck.model.omicron.SagaStage;
import dev.sledcheck.model.omicron.VmmId;
import dev.sledcheck.model.omicron.VmmState;
import dev.sledcheck.model.omicron.Writer;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.InstanceRow;
import dev.sledcheck.model.omicron.nexus.Write;
import dev.sledcheck.trace.Bindings;
import dev.sledcheck.trace.Group;
import dev.sledcheck.trace.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What each {@link Event} says about a run of the omicron model, as an {@link Observation} of the
 * model's steps or states. Every test reads the step as the model explains it (the messages it
 * sent, its write notes) or the database before and after, never the step's text.
 */
final class Meanings {

    private static final Roles ROLES = Roles.STANDARD;

    private final ActorSystem<Msg, Db> system;

    Meanings(ActorSystem<Msg, Db> system) {
        this.system = system;
    }

    /**
     * The groups to match, in entry order: the watcher's entries for one check join in one group,
     * because the model handles the agent's answer and writes in one step (package docs). An entry
     * joins the one just before it when that is the 404 verdict for the same VMM and it is one of
     * the write's entries, or when that is the watcher's "updating instance state" and it is
     * process_vmm_update's "received new VMM runtime state" of the same VMM, state and generation:
     * omicron logs that pair for one write (instance_watcher.rs:150-158 at b848b6df85).
     */
    List<Group<SystemState<Msg, Db>, Envelope<Msg>>> groups(List<Event> events) {
        List<Group<SystemState<Msg, Db>, Envelope<Msg>>> out = new ArrayList<>();
        Event previous = null;
        for (Event e : events) {
            Observation<SystemState<Msg, Db>, Envelope<Msg>> o = of(e);
            if (oneStep(previous, e)) {
                List<Observation<SystemState<Msg, Db>, Envelope<Msg>>> members =
                        new ArrayList<>(out.remove(out.size() - 1).members());
                members.add(o);
                out.add(new Group<>(members));
            } else {
                out.add(Group.of(o));
            }
            previous = e;
        }
        return out;
    }

    private static boolean oneStep(Event previous, Event e) {
        if (e instanceof Event.WatcherWrite w && previous instanceof Event.WatcherSaw404 s) {
            return s.vmm().equals(w.vmm());
        }
        return e instanceof Event.WatcherWrites w && previous instanceof Event.WatcherUpdating u
                && u.vmm().equals(w.vmm()) && u.state() == w.state() && u.gen() == w.gen()
                && Objects.equals(u.reason(), w.reason());
    }

    Observation<SystemState<Msg, Db>, Envelope<Msg>> of(Event e) {
        String id = e.entry().id();
        if (e instanceof Event.PutArrived p) {
            return new Observation.InState<>(id, "the agent's PUT " + state(p.state(), p.reason()) + " gen " + p.gen()
                    + " has reached Nexus, its write not yet done (the put is in flight)",
                    (s, b) -> arrived(s, b, p), s -> arrivedNearly(s, p));
        }
        if (e instanceof Event.PutCompleted p) {
            return new Observation.OnStep<>(id, "Nexus handled the agent's PUT" + runtime(p.state(), p.reason(), p.gen())
                    + " (its write landed or was dropped) and answered " + p.code(),
                    (before, a, after, b) -> completed(before, a, b, p), (before, a, after) -> completedNearly(before, a, p));
        }
        if (e instanceof Event.AgentAnsweredGet g) {
            return new Observation.OnStep<>(id, "the agent answered a GET of the VMM's state with " + g.code()
                    + (g.code() == 404 ? " NO_SUCH_INSTANCE" : ""),
                    (before, a, after, b) -> answered(before, a, b, g), (before, a, after) -> answeredNearly(before, a, g));
        }
        if (e instanceof Event.WatcherSaw404 w) {
            return new Observation.OnStep<>(id, "the watcher took the agent's 404 as NO_SUCH_INSTANCE (VMM failed)",
                    (before, a, after, b) -> saw404(before, a, b, w), (before, a, after) -> saw404Nearly(before, a));
        }
        if (e instanceof Event.WatcherWrite w) {
            String what = w instanceof Event.WatcherUpdating
                    ? "the watcher is updating the VMM to " + state(w.state(), w.reason()) + " gen " + w.gen()
                            + " (landed or dropped: the write follows)"
                    : "the watcher writes " + state(w.state(), w.reason()) + " gen " + w.gen()
                            + " (landed or dropped: the entry comes just before the write)";
            return new Observation.OnStep<>(id, what,
                    (before, a, after, b) -> watcherWrote(before, a, b, w), (before, a, after) -> wroteNearly(before, a, w));
        }
        Event.SagaCommitted c = (Event.SagaCommitted) e;
        return new Observation.OnStep<>(id, "an update saga committed the instance as " + c.nexusState()
                + " at gen " + c.gen(),
                (before, a, after, b) -> committed(before, a, after, b, c), (before, a, after) -> commitNearly(before, a, after, c));
    }

    // ---- [10409]: the PUT is in flight -------------------------------------------------------

    private Optional<Bindings> arrived(SystemState<Msg, Db> s, Bindings b, Event.PutArrived p) {
        if (!fromAgent(p.reason())) {
            return Optional.empty();
        }
        for (Envelope<Msg> e : s.network()) {
            if (e.dst().equals(ROLES.nexus()) && e.msg() instanceof Msg.Publish m && m.state() == p.state()
                    && m.gen() == p.gen()) {
                Optional<Bindings> bound = vmm(b, p.vmm(), m.vmm());
                if (bound.isPresent()) {
                    return bound;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> arrivedNearly(SystemState<Msg, Db> s, Event.PutArrived p) {
        List<String> near = new ArrayList<>();
        for (Envelope<Msg> e : s.network()) {
            if (e.dst().equals(ROLES.nexus()) && e.msg() instanceof Msg.Publish m
                    && (m.state() == p.state() || m.gen() == p.gen())) {
                near.add(system.token(s, e) + " in flight");
            }
        }
        return near.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", near) + agentsReason(p.reason()));
    }

    // ---- [10584]: Nexus handled that PUT -----------------------------------------------------

    private Optional<Bindings> completed(SystemState<Msg, Db> before, Envelope<Msg> a, Bindings b, Event.PutCompleted p) {
        if (!(a.dst().equals(ROLES.nexus()) && a.msg() instanceof Msg.Publish m)
                || p.state() != null && m.state() != p.state() || p.gen() != null && m.gen() != p.gen()
                || !fromAgent(p.reason())) {
            return Optional.empty();
        }
        boolean acked = system.explain(before, a).sent().stream().anyMatch(s -> s.msg() instanceof Msg.Ack);
        return acked && p.code() == 204 ? vmm(b, p.vmm(), m.vmm()) : Optional.empty();
    }

    private Optional<String> completedNearly(SystemState<Msg, Db> before, Envelope<Msg> a, Event.PutCompleted p) {
        if (a.dst().equals(ROLES.nexus()) && a.msg() instanceof Msg.Publish m
                && (m.state() == p.state() || p.gen() != null && m.gen() == p.gen())) {
            return Optional.of("Nexus handled " + system.token(before, a) + agentsReason(p.reason()));
        }
        return Optional.empty();
    }

    // ---- [10417]: the agent answered a GET -----------------------------------------------------

    private Optional<Answer> getAnswer(SystemState<Msg, Db> before, Envelope<Msg> a) {
        for (Envelope<Msg> s : system.explain(before, a).sent()) {
            if (s.msg() instanceof Msg.GetReply r) {
                return Optional.of(r.answer());
            }
        }
        return Optional.empty();
    }

    private Optional<Bindings> answered(SystemState<Msg, Db> before, Envelope<Msg> a, Bindings b, Event.AgentAnsweredGet g) {
        if (!(a.dst().equals(ROLES.agent()) && a.msg() instanceof Msg.Get m)) {
            return Optional.empty();
        }
        Optional<Answer> answer = getAnswer(before, a);
        return answer.isPresent() && answer.get().code().http().equals(String.valueOf(g.code()))
                ? vmm(b, g.vmm(), m.vmm()) : Optional.empty();
    }

    private Optional<String> answeredNearly(SystemState<Msg, Db> before, Envelope<Msg> a, Event.AgentAnsweredGet g) {
        if (!(a.dst().equals(ROLES.agent()) && a.msg() instanceof Msg.Get)) {
            return Optional.empty();
        }
        return Optional.of(system.token(before, a) + " answered "
                + getAnswer(before, a).map(Answer::describe).orElse("nothing yet (the GET is held)"));
    }

    // ---- [10419], [10421]: the watcher's handling of the answer ------------------------------------

    private Optional<Bindings> saw404(SystemState<Msg, Db> before, Envelope<Msg> a, Bindings b, Event.WatcherSaw404 w) {
        if (a.dst().equals(ROLES.watcher()) && a.msg() instanceof Msg.GetReply r
                && r.answer().code() == Answer.Code.NO_SUCH_INSTANCE) {
            return vmm(b, w.vmm(), r.vmm()).flatMap(x -> instance(x, w.instance(), before.store().vmm(r.vmm()).instance()));
        }
        return Optional.empty();
    }

    private Optional<String> saw404Nearly(SystemState<Msg, Db> before, Envelope<Msg> a) {
        return a.dst().equals(ROLES.watcher()) && a.msg() instanceof Msg.GetReply
                ? Optional.of("the watcher handled " + system.token(before, a)) : Optional.empty();
    }

    private List<Write> watcherWrites(SystemState<Msg, Db> before, Envelope<Msg> a) {
        List<Write> out = new ArrayList<>();
        if (a.dst().equals(ROLES.watcher()) && a.msg() instanceof Msg.GetReply) {
            for (Note n : system.explain(before, a).notes()) {
                if (n instanceof Write w && w.writer() == Writer.WATCHER) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /**
     * The reason omicron gives a Failed the watcher writes after {@code a}'s answer: NoSuchInstance
     * for the 404 (instance_watcher.rs:273 at b848b6df85), FromSledAgent for an agent's own Failed
     * (nexus/types/src/instance.rs:173).
     */
    private static String watcherReason(Envelope<Msg> a) {
        return a.msg() instanceof Msg.GetReply r && r.answer().code() == Answer.Code.NO_SUCH_INSTANCE
                ? "NoSuchInstance" : "FromSledAgent";
    }

    private Optional<Bindings> watcherWrote(SystemState<Msg, Db> before, Envelope<Msg> a, Bindings b, Event.WatcherWrite e) {
        if (e.reason() != null && !e.reason().equals(watcherReason(a))) {
            return Optional.empty();
        }
        for (Write w : watcherWrites(before, a)) {
            if (w.state() == e.state() && w.gen() == e.gen()) {
                return vmm(b, e.vmm(), w.vmm()).flatMap(x -> instance(x, e.instance(), before.store().vmm(w.vmm()).instance()));
            }
        }
        return Optional.empty();
    }

    private Optional<String> wroteNearly(SystemState<Msg, Db> before, Envelope<Msg> a, Event.WatcherWrite e) {
        String reason = e.reason() == null || e.reason().equals(watcherReason(a)) ? ""
                : " (a Failed it writes then has reason " + watcherReason(a) + ", not " + e.reason() + ")";
        return watcherWrites(before, a).stream().findFirst().map(w -> "the watcher did " + w.describe() + reason);
    }

    // ---- [10833]: a saga committed the instance ---------------------------------------------------

    private Optional<Bindings> committed(SystemState<Msg, Db> before, Envelope<Msg> a, SystemState<Msg, Db> after,
            Bindings b, Event.SagaCommitted c) {
        Optional<InstanceId> inst = commitOf(a);
        if (inst.isEmpty()) {
            return Optional.empty();
        }
        InstanceRow was = before.store().instance(inst.get());
        InstanceRow now = after.store().instance(inst.get());
        boolean unlinked = now.gen() == was.gen() + 1 && now.active() == null;
        boolean state = c.nexusState().equals("Failed") ? now.failed() : c.nexusState().equals("NoVmm") && !now.failed();
        return unlinked && state && now.gen() == c.gen() ? instance(b, c.instance(), inst.get()) : Optional.empty();
    }

    private Optional<String> commitNearly(SystemState<Msg, Db> before, Envelope<Msg> a, SystemState<Msg, Db> after,
            Event.SagaCommitted c) {
        Optional<InstanceId> inst = commitOf(a);
        if (inst.isEmpty()) {
            return Optional.empty();
        }
        InstanceRow was = before.store().instance(inst.get());
        InstanceRow now = after.store().instance(inst.get());
        if (now.gen() == was.gen()) {
            return Optional.of("a saga's commit of " + inst.get() + " was refused (instance gen changed)");
        }
        return Optional.of("a saga committed " + inst.get() + " as " + (now.failed() ? "Failed" : "NoVmm (Stopped)")
                + " at gen " + now.gen());
    }

    private static Optional<InstanceId> commitOf(Envelope<Msg> a) {
        if (a.dst().equals(ROLES.saga()) && a.msg() instanceof Msg.SagaStep s && s.stage() == SagaStage.COMMIT) {
            return Optional.of(s.instance());
        }
        return Optional.empty();
    }

    // ---- identifiers ---------------------------------------------------------------------------------

    private static Optional<Bindings> vmm(Bindings b, String logId, VmmId model) {
        return logId == null ? Optional.of(b) : b.bind("vmm " + logId, model.toString());
    }

    private static Optional<Bindings> instance(Bindings b, String logId, InstanceId model) {
        return logId == null ? Optional.of(b) : b.bind("instance " + logId, model.toString());
    }

    private static String runtime(VmmState state, String reason, Integer gen) {
        return state == null ? "" : " " + state(state, reason) + (gen == null ? "" : " gen " + gen);
    }

    /** A state as the log gave it: {@code Failed(NoSuchInstance)} when it gives a reason. */
    private static String state(VmmState state, String reason) {
        return reason == null ? state.toString() : state + "(" + reason + ")";
    }

    /**
     * Whether a PUT's Failed reason is the agent's: Nexus reads the Failed an agent reports as
     * Failed(FromSledAgent) (nexus/types/src/instance.rs:169-174 at b848b6df85); no reason is the
     * wording before ebeb7060cf.
     */
    private static boolean fromAgent(String reason) {
        return reason == null || reason.equals("FromSledAgent");
    }

    private static String agentsReason(String reason) {
        return fromAgent(reason) ? "" : " (an agent's Failed reaches Nexus as Failed(FromSledAgent), not Failed("
                + reason + "))";
    }
}
