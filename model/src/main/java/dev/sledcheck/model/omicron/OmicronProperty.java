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
 */
public enum OmicronProperty {
    S1("no spurious Failed: no VMM row and no instance is ever Failed"),
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
    static List<Property<SystemState<Db, Msg>, Envelope<Msg>>> all(ActorSystem<Db, Msg> system) {
        List<Property<SystemState<Db, Msg>, Envelope<Msg>>> ps = new ArrayList<>();
        for (OmicronProperty p : values()) {
            ps.add(p.of(system));
        }
        return ps;
    }

    Property<SystemState<Db, Msg>, Envelope<Msg>> of(ActorSystem<Db, Msg> system) {
        switch (this) {
            case S1:
                return Property.always(name(), description, s -> noFailed(s.store()));
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

    private static boolean noFailed(Db db) {
        for (VmmRow r : db.vmms()) {
            if (r.state() == VmmState.FAILED) {
                return false;
            }
        }
        for (InstanceRow i : db.instances()) {
            if (i.failed()) {
                return false;
            }
        }
        return true;
    }

    /** S2 from the step's own write notes: a landed write must carry a gen above the stored one. */
    private static boolean gensRise(ActorSystem<Db, Msg> system, SystemState<Db, Msg> before, Envelope<Msg> e) {
        Msg m = e.msg();
        if (!(m instanceof Msg.Publish || m instanceof Msg.GetReply || m instanceof Msg.StopReply
                || m instanceof Msg.Registered)) {
            return true; // only these steps write a VMM's runtime (the agent never writes the database)
        }
        for (Note n : system.explain(before, e).notes()) {
            if (n instanceof Write) {
                Write w = (Write) n;
                if (w.landed() && w.gen() <= w.before().gen()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** S3: a 404 answered in this step must find the row terminal or soft-deleted. */
    private static boolean no404TooEarly(ActorSystem<Db, Msg> system, SystemState<Db, Msg> before, Envelope<Msg> e) {
        if (!e.dst().equals(Roles.STANDARD.agent())
                || !(e.msg() instanceof Msg.Get || e.msg() instanceof Msg.Stop)) {
            return true; // only the agent's GET and stop handlers answer 404
        }
        for (Note n : system.explain(before, e).notes()) {
            if (n instanceof Answered404 && !before.store().vmm(((Answered404) n).vmm()).settled()) {
                return false;
            }
        }
        return true;
    }

    private static boolean noRestartAfterStop(SystemState<Db, Msg> before, SystemState<Db, Msg> after) {
        for (InstanceRow b : before.store().instances()) {
            InstanceRow a = after.store().instance(b.id());
            if (b.stopAsked() && !b.restarted() && a.restarted()) {
                return false;
            }
        }
        return true;
    }

    private static boolean atRest(SystemState<Db, Msg> s) {
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
