package dev.sledcheck.model.omicron;

import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.Note;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.omicron.agent.AgentState;
import dev.sledcheck.model.omicron.agent.Vmm;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.InstanceRow;
import dev.sledcheck.model.omicron.nexus.VmmRow;
import dev.sledcheck.model.omicron.nexus.Write;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The properties of protocol.md, each decided on its own, plus R1, a reachability check that keeps
 * a SAFE verdict honest (the protected run really happens).
 *
 * <p>protocol.md's S1 ("no spurious Failed") is two properties, because they are two harms. S1v,
 * a Failed VMM row, is the race's signature: the watcher's or the stop's spurious write landed.
 * S1i, a Failed instance, is what the user sees: the instance-update saga committed Failed. The
 * saga commits the VMM state it read after taking the lock, Failed only if it read Failed
 * (omicron nexus/src/app/sagas/instance_update/mod.rs @d337333577c5 L506-719, L531-535 and
 * L683-687), so a Failed row that lands after the saga read Destroyed leaves the instance Stopped.
 *
 * <p>Each property's judgement is one public static method below, over values that both the
 * checker's states and the stress engines' histories have (a {@link Db}, a {@link Write} note, a
 * row before and after a step). The checker's properties here and the stress module's findings
 * call these methods, so the engines judge by one rule.
 */
public enum OmicronProperty {
    S1v("no VMM row is ever Failed: with no faults modelled, every Failed write that lands is spurious"),
    S1i("no instance is ever Failed: the instance-update saga never commits a Failed that users would see"),
    S2("the stored gen of a VMM row never decreases; a write that lands always raises it"),
    S3("when the agent answers 404 for a VMM, Nexus's row for it is already terminal or soft-deleted"),
    S4("no instance that the user asked to stop is restarted by reincarnation"),
    L1("in every state with no enabled step, every instance has no active VMM and is not Failed,"
            + " and the agent holds no destroyed VMM"),
    R1("reachable: the instance comes to rest Stopped (Destroyed landed, the saga unlinked the VMM)");

    private final String description;

    OmicronProperty(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public static Optional<OmicronProperty> byName(String name) {
        return Arrays.stream(values()).filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The properties as the checker takes them, in declaration order. */
    static List<Property<SystemState<Msg, Db>, Envelope<Msg>>> all(ActorSystem<Msg, Db> system) {
        List<Property<SystemState<Msg, Db>, Envelope<Msg>>> ps = new ArrayList<>();
        for (OmicronProperty p : values()) {
            ps.add(p.of(system));
        }
        return ps;
    }

    Property<SystemState<Msg, Db>, Envelope<Msg>> of(ActorSystem<Msg, Db> system) {
        switch (this) {
            case S1v:
                return Property.always(name(), description, s -> failedVmm(s.store()) == null);
            case S1i:
                return Property.always(name(), description, s -> failedInstance(s.store()) == null);
            case S2:
                return Property.onStep(name(), description, (before, e, after) -> gensRise(system, before, e));
            case S3:
                return Property.onStep(name(), description, (before, e, after) -> no404TooEarly(system, before, e));
            case S4:
                return Property.onStep(name(), description, (before, e, after) -> noRestartAfterStop(before, after));
            case L1:
                return Property.atEnd(name(), description, OmicronProperty::atRest);
            case R1:
                return Property.sometimes(name(), description, s -> stoppedCleanly(s.store()));
            default:
                throw new IllegalStateException(name());
        }
    }

    /** S1v's judgement: the first Failed VMM row of {@code db}, or {@code null} when S1v holds there. */
    public static VmmRow failedVmm(Db db) {
        for (VmmRow r : db.vmms()) {
            if (r.state() == VmmState.FAILED) {
                return r;
            }
        }
        return null;
    }

    /** S1i's judgement: the first Failed instance of {@code db}, or {@code null} when S1i holds there. */
    public static InstanceRow failedInstance(Db db) {
        for (InstanceRow i : db.instances()) {
            if (i.failed()) {
                return i;
            }
        }
        return null;
    }

    /** S2's judgement of one attempted write: it breaks S2 when it landed without raising the stored gen. */
    public static boolean landedWithoutRaise(Write w) {
        return w.landed() && w.gen() <= w.before().gen();
    }

    /**
     * S3's judgement of one 404 answer, given Nexus's row for that VMM as it was when the agent
     * answered: it breaks S3 when the row was neither terminal nor soft-deleted.
     */
    public static boolean tooEarly(Answered404 answer, VmmRow rowThen) {
        if (!rowThen.id().equals(answer.vmm())) {
            throw new IllegalArgumentException(answer.vmm() + "'s 404 judged against " + rowThen);
        }
        return !rowThen.settled();
    }

    /** S4's judgement of one instance over one step: it breaks S4 when a stopped instance was restarted. */
    public static boolean restartedAfterStop(InstanceRow before, InstanceRow after) {
        return before.stopAsked() && !before.restarted() && after.restarted();
    }

    /** S2 from the step's own write notes. */
    private static boolean gensRise(ActorSystem<Msg, Db> system, SystemState<Msg, Db> before, Envelope<Msg> e) {
        Msg m = e.msg();
        if (!m.carriesRuntime()) {
            return true; // only these steps write a VMM's runtime (the agent never writes the database)
        }
        for (Note n : system.explain(before, e).notes()) {
            if (n instanceof Write w && landedWithoutRaise(w)) {
                return false;
            }
        }
        return true;
    }

    /** S3 from the step's own 404 notes, each against the row as the step found it. */
    /**
     * Whether S3 judges delivering {@code e}: only the agent's GET and stop handlers answer 404,
     * and S3 judges their answer against the VMM's row.
     */
    public static boolean answersFor404(Envelope<Msg> e) {
        return e.dst().equals(Roles.STANDARD.agent()) && (e.msg() instanceof Msg.Get || e.msg() instanceof Msg.Stop);
    }

    private static boolean no404TooEarly(ActorSystem<Msg, Db> system, SystemState<Msg, Db> before, Envelope<Msg> e) {
        if (!answersFor404(e)) {
            return true;
        }
        for (Note n : system.explain(before, e).notes()) {
            if (n instanceof Answered404 a && tooEarly(a, before.store().vmm(a.vmm()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean noRestartAfterStop(SystemState<Msg, Db> before, SystemState<Msg, Db> after) {
        for (InstanceRow b : before.store().instances()) {
            if (restartedAfterStop(b, after.store().instance(b.id()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean atRest(SystemState<Msg, Db> s) {
        if (!stoppedCleanly(s.store())) {
            return false;
        }
        AgentState agent = s.actor(Roles.STANDARD.agent());
        for (Vmm v : agent.vmms()) {
            if (v.state() == VmmState.DESTROYED) {
                return false;
            }
        }
        return true;
    }

    private static boolean stoppedCleanly(Db db) {
        for (InstanceRow i : db.instances()) {
            if (!i.stoppedCleanly()) {
                return false;
            }
        }
        return true;
    }
}
