package dev.sledcheck.model.omicron;

import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.omicron.agent.AgentState;
import dev.sledcheck.model.omicron.fault.Injector;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.InstanceRow;
import dev.sledcheck.model.omicron.nexus.Intended;
import dev.sledcheck.model.omicron.nexus.UserStop;
import dev.sledcheck.model.omicron.nexus.VmmRow;
import dev.sledcheck.model.omicron.nexus.Watcher;
import java.util.ArrayList;
import java.util.List;

/**
 * How an omicron state shows to people: Nexus's rows ({@code nexus v1 = Stopping gen 6}), the
 * agent's view of each VMM, the watcher's and the user's progress, and the messages in flight.
 * The names are made here only, so that {@link OmicronExplainer}'s reads name the same facets.
 */
final class OmicronFacets {
    private OmicronFacets() {}

    static final String WATCHER = "watcher";
    static final String USER = "user";
    /** The faults a run has had (with {@code --faults} only). */
    static final String FAULTS = "faults";

    /** Nexus's row of an instance or a VMM: {@code nexus i0}, {@code nexus v1}. */
    static String nexus(Object id) {
        return "nexus " + id;
    }

    /** What the agent holds about a VMM: {@code agent v1}. */
    static String agent(VmmId id) {
        return "agent " + id;
    }

    static List<Facet> of(ActorSystem<Msg, Db> system, SystemState<Msg, Db> s) {
        List<Facet> out = new ArrayList<>();
        Db db = s.store();
        for (InstanceRow i : db.instances()) {
            out.add(new Facet(nexus(i.id()), instance(i)));
        }
        for (VmmRow r : db.vmms()) {
            out.add(new Facet(nexus(r.id()), r.state() + " gen " + r.gen() + (r.deleted() ? ", soft-deleted" : "")));
        }
        AgentState agent = s.actor(Roles.STANDARD.agent());
        for (VmmRow r : db.vmms()) {
            out.add(new Facet(agent(r.id()), agent.describe(r.id())));
        }
        out.add(new Facet(WATCHER, watcher(s.actor(Roles.STANDARD.watcher()))));
        out.add(new Facet(USER, user(s.actor(Roles.STANDARD.user()))));
        if (system.hasFaults()) {
            Injector.Spent spent = s.actor(Roles.STANDARD.with(true, false).faults());
            out.add(new Facet(FAULTS, spent.faults() + " so far"));
        }
        out.add(new Facet("in flight", system.inFlight(s)));
        return out;
    }

    private static String instance(InstanceRow i) {
        StringBuilder sb = new StringBuilder("gen ").append(i.gen()).append(", ");
        sb.append(i.failed() ? "Failed" : i.active() == null ? "Stopped (no VMM)" : "VMM " + i.active());
        if (i.locked()) {
            sb.append(", locked");
        }
        if (i.restarted()) {
            sb.append(", restarted");
        }
        if (i.stopAsked()) {
            sb.append(", stop asked");
        }
        if (i.intended() == Intended.STOPPED) {
            sb.append(", intended Stopped");
        }
        return sb.toString();
    }


    private static String watcher(Watcher.State w) {
        if (w.checks().isEmpty()) {
            return w.passesDone() + " passes done";
        }
        List<String> parts = new ArrayList<>();
        for (Watcher.Check c : w.checks()) {
            parts.add(c.vmm() + (c.awaitingSaga() ? " awaiting its saga" : " awaiting GET") + " (s=" + c.snapshot() + ")");
        }
        return "pass " + (w.passesDone() + 1) + ": " + String.join(", ", parts);
    }

    private static String user(UserStop.State u) {
        if (u.stop() == null) {
            return u.completed() + " stops done";
        }
        UserStop.InFlight f = u.stop();
        return "stop #" + f.number() + " of " + f.instance() + (f.awaitingSaga() ? " awaiting its saga"
                : " awaiting the agent (" + f.vmm() + ", s=" + f.snapshot() + ")");
    }
}
