package dev.sledcheck.model.omicron;

import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.core.Reduction;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.UserStop;
import dev.sledcheck.model.omicron.nexus.VmmRow;
import dev.sledcheck.model.omicron.nexus.Watcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Generation-aware reduction ({@code --reduction gen}): a write that can no longer land is
 * forgotten in detail. Under the strict check a VMM write of gen g is doomed once the row is
 * soft-deleted or its stored gen is at least g, and it stays doomed, because stored gens never
 * decrease under the strict check and soft-deletion is final. Where the writer's next step does not
 * depend on anything but "it did not land", the doomed value is replaced by a canonical doomed one,
 * so states that differ only in it become one:
 * <ul>
 *   <li>a 200 answer in flight to the watcher or to a stop, carrying (state, gen) that cannot land:
 *       on delivery the writer only ends its check (no write, no saga), whatever the state was.
 *       Replaced by 200 Creating gen 0, which lands nowhere (every stored gen is at least 1);
 *   <li>a watcher check's snapshot s whose Failed write (s + 1, or s + 2 for that variant) cannot land,
 *       and, in the re-read variant, every snapshot (it is never used): replaced by -1, whose Failed
 *       write cannot land either; a 200 answer never uses s;
 *   <li>a stop's snapshot s whose Failed at s + 1 cannot land: the 404 path runs the saga whether or
 *       not the write landed, so nothing after depends on s. Replaced by -1.
 * </ul>
 * Not offered where it would be unsound: with {@code gen-le} or {@code no-gen-check} a write at an
 * equal or lower gen can still land, so this reduction is the identity there.
 */
final class GenReduction implements Reduction<SystemState<Msg, Db>> {
    /** A snapshot whose Failed write lands nowhere: -1 + 2 = 1, and every stored gen is at least 1. */
    static final int DOOMED_SNAPSHOT = -1;
    /** The snapshot state kept with {@link #DOOMED_SNAPSHOT}: not Failed, so its Failed write is at 0. */
    static final VmmState DOOMED_STATE = VmmState.CREATING;
    private static final Answer DOOMED_ANSWER = Answer.ok(VmmState.CREATING, 0);

    private final ActorSystem<Msg, Db> system;
    private final Variant variant;

    GenReduction(ActorSystem<Msg, Db> system, Variant variant) {
        this.system = system;
        this.variant = variant;
    }

    @Override
    public String name() {
        return "gen";
    }

    @Override
    public SystemState<Msg, Db> representative(SystemState<Msg, Db> s) {
        if (variant.genCheck() != GenCheck.STRICT) {
            return s;
        }
        Db db = s.store();
        boolean changed = false;
        List<Envelope<Msg>> network = new ArrayList<>(s.network());
        for (int i = 0; i < network.size(); i++) {
            Envelope<Msg> e = network.get(i);
            Msg m = forgotten(db, e.msg());
            if (m != e.msg()) {
                network.set(i, new Envelope<>(e.src(), e.dst(), m));
                changed = true;
            }
        }
        Watcher.State w = s.actor(Roles.STANDARD.watcher());
        List<Watcher.Check> checks = new ArrayList<>(w.checks());
        for (int i = 0; i < checks.size(); i++) {
            Watcher.Check c = checks.get(i);
            if (c.snapshot() != DOOMED_SNAPSHOT && watcherFailedDoomed(db, c)) {
                checks.set(i, new Watcher.Check(c.vmm(), c.instance(), DOOMED_STATE, DOOMED_SNAPSHOT, c.awaitingSaga()));
                changed = true;
            }
        }
        UserStop.State u = s.actor(Roles.STANDARD.user());
        UserStop.InFlight f = u.stop();
        if (f != null && f.vmm() != null && f.snapshot() != DOOMED_SNAPSHOT && stopSettled(s, f)
                && doomed(db, f.vmm(), variant.nexus().failedGen(f.snapshotState(), f.snapshot(), f.snapshot() + 1))) {
            u = new UserStop.State(u.completed(), f.withSnapshot(DOOMED_STATE, DOOMED_SNAPSHOT));
            changed = true;
        }
        if (!changed) {
            return s;
        }
        network.sort(system.order());
        List<Object> actors = new ArrayList<>(s.actors());
        actors.set(Roles.STANDARD.watcher().index(), new Watcher.State(w.passesDone(), checks));
        actors.set(Roles.STANDARD.user().index(), u);
        return new SystemState<>(List.copyOf(actors), db, List.copyOf(network));
    }

    private Msg forgotten(Db db, Msg m) {
        if (m instanceof Msg.GetReply) {
            Msg.GetReply r = (Msg.GetReply) m;
            if (isDoomedOk(db, r.vmm(), r.answer())) {
                return new Msg.GetReply(r.vmm(), DOOMED_ANSWER);
            }
        } else if (m instanceof Msg.StopReply) {
            Msg.StopReply r = (Msg.StopReply) m;
            if (isDoomedOk(db, r.vmm(), r.answer())) {
                return new Msg.StopReply(r.vmm(), DOOMED_ANSWER);
            }
        }
        return m;
    }

    private static boolean isDoomedOk(Db db, VmmId vmm, Answer a) {
        return a.code() == Answer.Code.OK && !a.equals(DOOMED_ANSWER) && doomed(db, vmm, a.gen());
    }

    private boolean watcherFailedDoomed(Db db, Watcher.Check c) {
        switch (variant.failedGen()) {
            case REREAD_PLUS_ONE:
                return true; // the snapshot is never used
            case SNAPSHOT_PLUS_TWO:
                return doomed(db, c.vmm(), c.snapshot() + 2);
            default:
                return doomed(db, c.vmm(), variant.nexus().failedGen(c.snapshotState(), c.snapshot(), c.snapshot() + 1));
        }
    }

    /**
     * The stop has decided to ask the agent (or is past that): from then on only its Failed write
     * reads the snapshot. Before that (HEAD's intent step still to come) the decision reads the
     * snapshot's state (the stop guard), so it is kept.
     */
    private static boolean stopSettled(SystemState<Msg, Db> s, UserStop.InFlight f) {
        for (Envelope<Msg> e : s.network()) {
            if (e.msg() instanceof Msg.StopIntent) {
                return false;
            }
        }
        return true;
    }

    /** A write of {@code gen} to {@code vmm} can never land from now on (strict check). */
    private static boolean doomed(Db db, VmmId vmm, int gen) {
        VmmRow r = db.vmm(vmm);
        return r.deleted() || r.gen() >= gen;
    }
}
