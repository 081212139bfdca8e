package dev.sledcheck.model.omicron;

import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.fingerprint.Fingerprints;
import dev.sledcheck.model.core.Reduction;
import dev.sledcheck.model.omicron.agent.AgentState;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.InstanceRow;
import dev.sledcheck.model.omicron.nexus.VmmRow;
import dev.sledcheck.model.omicron.nexus.Watcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Symmetry of identical instances ({@code --reduction symmetry}): the representative of a state
 * renumbers the instances so that their slices (instance row, VMM row, the agent's view of the
 * VMM, the watcher's check of it, and the messages about them) come in sorted order.
 *
 * <p>Why it is sound: every actor treats instances alike (no handler compares ids except for
 * equality, and the watcher's listing order only decides the order GETs are sent, which the
 * unordered network forgets); every property quantifies over all instances. So a state and its
 * renaming have the same futures up to the renaming. Instances named by an actor's configuration
 * (instance 0, the target of the test's stops) are fixed. VMMs created by a restart get fresh ids in
 * the order of their instances: their ids are only ever used as "a new one". The watcher's pending
 * checks are kept sorted, since the watcher looks them up by VMM, never by position. Runs found on
 * representatives are turned back into runs of the full model and replayed there before printing.
 */
final class Symmetry implements Reduction<SystemState<Msg, Db>> {
    private final ActorSystem<Msg, Db> system;
    private final int instances;
    private final int firstMovable;

    Symmetry(ActorSystem<Msg, Db> system, int instances, boolean instanceZeroFixed) {
        this.system = system;
        this.instances = instances;
        this.firstMovable = instanceZeroFixed ? 1 : 0;
    }

    @Override
    public String name() {
        return "symmetry";
    }

    @Override
    public SystemState<Msg, Db> representative(SystemState<Msg, Db> s) {
        if (instances - firstMovable < 2) {
            return s;
        }
        Db db = s.store();
        long[] signature = signatures(s);
        Integer[] order = new Integer[instances - firstMovable];
        for (int k = 0; k < order.length; k++) {
            order[k] = k + firstMovable;
        }
        // Ties keep the index order: equal signatures mean equal slices, which may go either way.
        Arrays.sort(order, Comparator.comparingLong((Integer k) -> signature[k]).thenComparingInt(k -> k));
        int[] to = new int[instances];
        for (int k = 0; k < firstMovable; k++) {
            to[k] = k;
        }
        for (int j = 0; j < order.length; j++) {
            to[order[j]] = j + firstMovable;
        }
        // Each instance's first VMM follows its instance; VMMs a restart created get fresh ids in
        // the order of their (renamed) instances, since ids only ever mean "a new one".
        int maxId = db.freshVmmId().n() - 1;
        int[] vmmTo = new int[maxId + 1];
        List<int[]> fresh = new ArrayList<>();
        for (VmmRow r : db.vmms()) {
            int n = r.id().n();
            if (n <= instances) {
                vmmTo[n] = to[n - 1] + 1;
            } else {
                fresh.add(new int[] {to[r.instance().n()], n});
            }
        }
        fresh.sort(Comparator.<int[]>comparingInt(f -> f[0]).thenComparingInt(f -> f[1]));
        int next = instances + 1;
        for (int[] f : fresh) {
            vmmTo[f[1]] = next++;
        }
        boolean identity = true;
        for (int k = 0; k < instances; k++) {
            identity &= to[k] == k;
        }
        for (int n = 1; n <= maxId; n++) {
            identity &= vmmTo[n] == n;
        }
        if (identity) {
            Watcher.State w = s.actor(Roles.STANDARD.watcher());
            if (Watcher.State.sorted(w.checks()).equals(w.checks())) {
                return s;
            }
        }
        return new Renaming(to, vmmTo).apply(system, s);
    }

    /**
     * Per instance, a 64-bit hash of everything about it and its VMMs with ids blanked: the
     * instance row, each VMM row (first or fresh, in id order) with the agent's view of it and the
     * watcher's checks of it, and the messages that mention any of them (a multiset, so summed).
     * Equal slices hash equal, which is all canonicity needs; two different slices that collide
     * (about 2^-64) only sort by index, giving a representative that is still a renaming of the
     * state, so a collision can cost reduction, never soundness. Hashing replaced a string
     * signature that was most of the time symmetry cost.
     */
    private long[] signatures(SystemState<Msg, Db> s) {
        Db db = s.store();
        Watcher.State w = s.actor(Roles.STANDARD.watcher());
        AgentState agent = s.actor(Roles.STANDARD.agent());
        long[] sig = new long[instances];
        int[] owner = new int[db.freshVmmId().n()];
        for (int k = firstMovable; k < instances; k++) {
            InstanceRow i = db.instance(new InstanceId(k));
            long h = Fingerprints.word(SEED, i.gen());
            h = Fingerprints.word(h, i.active() == null ? 0 : i.active().n() <= instances ? 1 : 2);
            h = Fingerprints.word(h, (i.failed() ? 1 : 0) | (i.locked() ? 2 : 0) | (i.restarted() ? 4 : 0)
                    | (i.stopAsked() ? 8 : 0) | i.intended().ordinal() << 4);
            sig[k] = h;
        }
        Arrays.fill(owner, -1);
        for (VmmRow r : db.vmms()) {
            int k = r.instance().n();
            owner[r.id().n()] = k;
            if (k < firstMovable) {
                continue;
            }
            long h = Fingerprints.word(sig[k], r.id().n() <= instances ? 1 : 2);
            h = Fingerprints.word(h, r.state().ordinal() | r.gen() << 8 | (r.deleted() ? 1 << 30 : 0));
            h = Fingerprints.word(h, agent.slice(r.id()));
            long checks = 0;
            for (Watcher.Check c : w.checks()) {
                if (c.vmm().equals(r.id())) {
                    checks += Fingerprints.mix(c.snapshot() * 2L + (c.awaitingSaga() ? 1 : 0) + 0x5851_F42D_4C95_7F2DL);
                }
            }
            sig[k] = Fingerprints.word(h, checks);
        }
        long[] messages = new long[instances];
        for (Envelope<Msg> e : s.network()) {
            Mention m = Mention.of(e.msg());
            long hash = 0;
            for (int j = 0; j < m.numbers().length; j++) {
                int k = m.instance(j, owner);
                if (k < firstMovable || k >= instances || m.mentionedBefore(j, k, owner)) {
                    continue; // not a movable instance's, or already counted for it
                }
                if (hash == 0) {
                    hash = Fingerprints.mix(Fingerprints.word(Fingerprints.word(m.blanked(), e.src().index()),
                            e.dst().index()));
                }
                messages[k] += hash; // a multiset: the order of the network does not matter
            }
        }
        for (int k = firstMovable; k < instances; k++) {
            sig[k] = Fingerprints.mix(Fingerprints.word(sig[k], messages[k]));
        }
        return sig;
    }

    private static final long SEED = 0x2545_F491_4F6C_DD1DL;
}
