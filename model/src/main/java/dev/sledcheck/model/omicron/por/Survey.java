package dev.sledcheck.model.omicron.por;

import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.omicron.Mention;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.Roles;
import dev.sledcheck.model.omicron.VmmId;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.VmmRow;
import dev.sledcheck.model.omicron.nexus.Watcher;
import java.util.List;

/**
 * One state read once for the candidates' conditions: which instance each enabled step is about,
 * which messages about each VMM and instance are in flight, and whether the watcher may still list.
 */
final class Survey {
    final SystemState<Msg, Db> state;
    final List<Envelope<Msg>> enabled;
    /** Per enabled step, the instance it is about; -1 for a step about no instance (a pass). */
    final int[] instanceOf;
    /** Per enabled step, the VMM it names, or null. */
    final VmmId[] vmmOf;
    /** Per VMM number: a Publish in flight (Nexus will answer the agent about it). */
    final boolean[] publishing;
    /** Per VMM number: a message whose delivery writes its runtime is in flight. */
    final boolean[] writerInFlight;
    /** Per VMM number: the start saga has more to ask the agent about it (Register or Run to come). */
    final boolean[] starting;
    /** Per instance number: a stop of it has yet to decide whether to call the agent. */
    final boolean[] stopDeciding;
    /** The watcher may still list VMMs (and so send GETs). */
    final boolean mayList;
    private final int[] owner;

    Survey(SystemState<Msg, Db> state, List<Envelope<Msg>> enabled, Roles roles, int passes) {
        this.state = state;
        this.enabled = enabled;
        Db db = state.store();
        int vmms = db.freshVmmId().n();
        owner = new int[vmms];
        for (VmmRow r : db.vmms()) {
            owner[r.id().n()] = r.instance().n();
        }
        publishing = new boolean[vmms];
        writerInFlight = new boolean[vmms];
        starting = new boolean[vmms];
        stopDeciding = new boolean[db.instances().size()];
        boolean pass = false;
        for (Envelope<Msg> e : state.network()) {
            Msg m = e.msg();
            pass |= m instanceof Msg.Pass;
            if (m instanceof Msg.BeginStop b) {
                stopDeciding[b.instance().n()] = true;
            } else if (m instanceof Msg.StopIntent i) {
                stopDeciding[i.instance().n()] = true;
            }
            VmmId v = Mention.of(m).vmm();
            if (v == null) {
                continue;
            }
            publishing[v.n()] |= m instanceof Msg.Publish;
            writerInFlight[v.n()] |= m.carriesRuntime();
            starting[v.n()] |= m instanceof Msg.Registered || m instanceof Msg.StartStep;
        }
        mayList = Watcher.mayList(state.actor(roles.watcher()), pass, passes);
        instanceOf = new int[enabled.size()];
        vmmOf = new VmmId[enabled.size()];
        for (int i = 0; i < instanceOf.length; i++) {
            Mention m = Mention.of(enabled.get(i).msg());
            instanceOf[i] = m.instance(owner);
            vmmOf[i] = m.vmm();
        }
    }

    Db db() {
        return state.store();
    }

    /** The instance VMM {@code v} belongs to. */
    int owner(VmmId v) {
        return owner[v.n()];
    }

    /**
     * How far instance {@code k} has come: the sum of its rows' gens, which its landed writes and
     * commits raise. Candidates of the instance furthest along go first, so that the search
     * finishes one instance before it starts another.
     */
    long progress(int k) {
        Db db = state.store();
        long p = db.instances().get(k).gen();
        for (VmmRow r : db.vmms()) {
            if (owner[r.id().n()] == k) {
                p += r.gen();
            }
        }
        return p;
    }
}
