package dev.sledcheck.model.omicron.por;

import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.omicron.InstanceId;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.InstanceRow;
import dev.sledcheck.model.omicron.nexus.VmmRow;
import dev.sledcheck.model.omicron.nexus.Watcher;
import java.util.Arrays;

/**
 * Candidates of one instance: every enabled step about instance {@code k} (its rows, its VMMs,
 * its sagas and start sagas, the watcher's checks of it, the user's stop of it), when
 * {@link IndependentSteps}'s conditions hold: no listing to come can see {@code k}, it allocates no
 * VMM id another instance could want, and R1 cannot see it.
 */
final class InstanceSets {
    private final ActorSystem<Msg, Db> system;
    private final Variant variant;

    InstanceSets(ActorSystem<Msg, Db> system, Variant variant) {
        this.system = system;
        this.variant = variant;
    }

    void propose(Survey s, Candidates out) {
        int instances = s.db().instances().size();
        for (int k = 0; k < instances; k++) {
            int[] t = steps(s, k);
            if (t.length > 0 && independent(s, k, t)) {
                out.add(t, k);
            }
        }
    }

    private static int[] steps(Survey s, int k) {
        int[] t = new int[s.instanceOf.length];
        int count = 0;
        for (int i = 0; i < t.length; i++) {
            if (s.instanceOf[i] == k) {
                t[count++] = i;
            }
        }
        return Arrays.copyOf(t, count);
    }

    private boolean independent(Survey s, int k, int[] t) {
        Db db = s.db();
        InstanceId id = new InstanceId(k);
        boolean hidden = !s.mayList || !listed(db, id);
        if (!hidden || wakesWhileOthersMay(s, k, t)) {
            return false;
        }
        boolean clean = db.instance(id).stoppedCleanly();
        if (!s.mayList && !clean) {
            return true;
        }
        for (int i : t) {
            Db after = Probe.of(system, s.state, s.enabled.get(i), false).store();
            if (s.mayList && listed(after, id) || clean && !after.instance(id).stoppedCleanly()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a listing now would list a row of instance {@code id}. */
    private boolean listed(Db db, InstanceId id) {
        for (VmmRow r : db.vmms()) {
            if (r.instance().equals(id) && Watcher.lists(variant, r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the set holds a reincarnation activation while another instance may still restart:
     * an activation may allocate the next VMM id, and two allocations in either order give the two
     * new VMMs each other's ids. An instance restarted once never restarts again (the cooldown).
     */
    private static boolean wakesWhileOthersMay(Survey s, int k, int[] t) {
        boolean wakes = false;
        for (int i : t) {
            wakes |= s.enabled.get(i).msg() instanceof Msg.Wake;
        }
        if (!wakes) {
            return false;
        }
        for (InstanceRow r : s.db().instances()) {
            if (r.id().n() != k && !r.restarted()) {
                return true;
            }
        }
        return false;
    }
}
