package dev.sledcheck.model.omicron;

import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.Explainer;
import dev.sledcheck.model.core.Ledger;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.omicron.agent.AgentState;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.InstanceRow;
import dev.sledcheck.model.omicron.nexus.UserStop;
import dev.sledcheck.model.omicron.nexus.VmmRow;
import dev.sledcheck.model.omicron.nexus.Watcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an omicron step reads, in {@link OmicronFacets}' names, and which steps a reader of a run
 * should see pointed out: the ones that make the #7282 race possible.
 *
 * <p>Reads. The agent's handlers touch only the entry of the VMM the message names ({@code agent
 * v1}). Nexus's actors read the rows of the instance the message is about (its instance row and
 * every VMM row of that instance), and the watcher and the user their own progress; the watcher's
 * listing reads every VMM row, and reincarnation every row (a fresh VMM id depends on all of
 * them). Naming more than a step reads only keeps more steps in a diagram's slice; the checker's
 * tests replay every counterexample's slice on its own to show none was named too few.
 *
 * <p>Marks. A fault (with {@code --faults}), which a reader should never miss. A VMM leaving the agent's table (from then on a GET or a stop gets 404: the race
 * window opens when Nexus still holds it live), and a snapshot that a Failed write on a 404 is
 * computed from (the watcher's listing, a stop's read of the active VMM).
 */
final class OmicronExplainer implements Explainer<Msg, Db> {

    /** Diagrams note Nexus's rows: the facets {@link OmicronFacets} names {@code nexus ...}. */
    static final Ledger NEXUS_ROWS = new Ledger("Nexus's rows (as they change)", "nexus ");

    @Override
    public Ledger ledger() {
        return NEXUS_ROWS;
    }

    private final Roles roles;

    OmicronExplainer(Roles roles) {
        this.roles = roles;
    }

    @Override
    public List<String> reads(SystemState<Msg, Db> state, Envelope<Msg> delivery) {
        Named named = Named.in(delivery.msg());
        List<String> out = new ArrayList<>();
        if (delivery.dst().equals(roles.faults())) {
            out.add(OmicronFacets.FAULTS); // the budget; the message struck is the step's link
            return out;
        }
        if (delivery.dst().equals(roles.agent())) {
            named.vmms.forEach(v -> out.add(OmicronFacets.agent(v)));
            return out;
        }
        if (delivery.dst().equals(roles.watcher())) {
            out.add(OmicronFacets.WATCHER);
        } else if (delivery.dst().equals(roles.user())) {
            out.add(OmicronFacets.USER);
        }
        Db db = state.store();
        boolean all = delivery.dst().equals(roles.reincarnation()) || delivery.dst().equals(roles.updater())
                || delivery.msg() instanceof Msg.Pass
                || named.vmms.isEmpty() && named.instances.isEmpty();
        Set<InstanceId> family = new LinkedHashSet<>(named.instances);
        for (VmmId v : named.vmms) {
            VmmRow row = db.vmm(v);
            if (row != null) {
                family.add(row.instance());
            }
        }
        for (InstanceRow i : db.instances()) {
            if (all || family.contains(i.id())) {
                out.add(OmicronFacets.nexus(i.id()));
            }
        }
        for (VmmRow r : db.vmms()) {
            if (all || family.contains(r.instance())) {
                out.add(OmicronFacets.nexus(r.id()));
            }
        }
        return out;
    }

    @Override
    public List<String> marks(ActorSystem.Transition<Msg, Db> t) {
        List<String> out = new ArrayList<>();
        if (t.delivered().fate() == Envelope.Fate.FAULT) {
            out.add("fault (" + t.delivered().kind() + "): " + t.delivered().victim().msg().label() + " struck");
        }
        AgentState before = t.before().actor(roles.agent());
        AgentState after = t.after().actor(roles.agent());
        for (var v : before.vmms()) {
            if (after.vmm(v.id()) == null) {
                VmmRow row = t.after().store().vmm(v.id());
                boolean live = row != null && !row.deleted() && !row.state().terminal();
                String nexus = row == null ? "" : " " + row.state() + " gen " + row.gen();
                out.add(live ? "race window opens: " + v.id() + " gone from the agent's table while Nexus has it" + nexus
                        : v.id() + " gone from the agent's table" + (row == null ? "" : " (Nexus has it" + nexus + ")"));
            }
        }
        Watcher.State was = t.before().actor(roles.watcher());
        Watcher.State is = t.after().actor(roles.watcher());
        for (Watcher.Check c : is.checks()) {
            if (!c.awaitingSaga() && !was.checks().contains(c)) {
                out.add("snapshot s=" + c.snapshot() + ": the watcher read " + c.vmm() + " " + c.snapshotState()
                        + " gen " + c.snapshot());
            }
        }
        UserStop.InFlight stop = t.after().<UserStop.State>actor(roles.user()).stop();
        UserStop.InFlight old = t.before().<UserStop.State>actor(roles.user()).stop();
        if (stop != null && stop.vmm() != null && !stop.awaitingSaga()
                && (old == null || old.number() != stop.number() || old.snapshot() != stop.snapshot())) {
            out.add("snapshot s=" + stop.snapshot() + ": stop #" + stop.number() + " read " + stop.vmm() + " "
                    + stop.snapshotState() + " gen " + stop.snapshot());
        }
        return out;
    }

    /** The VMM and instance ids a message names, read through {@link Msg#withIds}. */
    private record Named(Set<VmmId> vmms, Set<InstanceId> instances) {
        static Named in(Msg m) {
            Named n = new Named(new LinkedHashSet<>(), new LinkedHashSet<>());
            m.withIds(new Ids() {
                public InstanceId instance(InstanceId i) {
                    n.instances.add(i);
                    return i;
                }

                public VmmId vmm(VmmId v) {
                    n.vmms.add(v);
                    return v;
                }
            });
            return n;
        }
    }
}
