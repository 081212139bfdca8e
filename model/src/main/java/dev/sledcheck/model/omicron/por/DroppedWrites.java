package dev.sledcheck.model.omicron.por;

import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.Note;
import dev.sledcheck.model.omicron.Answer;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.Roles;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.VmmRow;
import dev.sledcheck.model.omicron.nexus.Write;

/**
 * Candidates of one step each: Nexus's PUT handler or the watcher's answer step, when the VMM
 * write it would make does not land (or it makes none). Such a step changes no row: the PUT handler
 * only sends its 204, the watcher only ends its check (and the pass with the last check), and no
 * saga starts, since only a landed terminal write starts one.
 *
 * <p>It stays so in every order: a write refused for a soft-deleted row is refused for good, and a
 * write refused as stale stays refused, because only checks that compare gens refuse as stale
 * (strict and gen-le) and under them a stored gen never falls, while the gen such a step writes is
 * fixed by its message and the watcher's check (the re-read variant writes the stored gen + 1,
 * which they always admit). So the step commutes with every other step: rows are left as they are,
 * other steps do not change what it does, and the watcher's other checks are ended in either order
 * (up to the order of its list of checks, which it searches by VMM). With its check pending, the
 * pass cannot end without it, so no listing can come between. Changing no row, it is invisible.
 */
final class DroppedWrites {
    private final ActorSystem<Msg, Db> system;
    private final Roles roles;

    DroppedWrites(ActorSystem<Msg, Db> system, Roles roles) {
        this.system = system;
        this.roles = roles;
    }

    void propose(Survey s, Candidates out) {
        for (int i = 0; i < s.enabled.size(); i++) {
            Envelope<Msg> e = s.enabled.get(i);
            boolean put = e.dst().equals(roles.nexus()) && e.msg() instanceof Msg.Publish;
            boolean answer = e.dst().equals(roles.watcher()) && e.msg() instanceof Msg.GetReply;
            if ((put || answer) && mayBeRefused(s, e.msg()) && nothingLands(s, e)) {
                out.add(new int[] {i}, s.instanceOf[i]);
            }
        }
    }

    /**
     * A quick test that lets through every step whose write could be refused: a write of gen g is
     * refused only by a soft-deleted row or a stored gen of at least g, under every check. A
     * watcher's answer other than 200 writes a gen of its check's, so it is always let through.
     */
    private static boolean mayBeRefused(Survey s, Msg m) {
        int gen;
        VmmRow row;
        if (m instanceof Msg.Publish p) {
            gen = p.gen();
            row = s.db().vmm(p.vmm());
        } else {
            Msg.GetReply r = (Msg.GetReply) m;
            if (r.answer().code() != Answer.Code.OK) {
                return true;
            }
            gen = r.answer().gen();
            row = s.db().vmm(r.vmm());
        }
        return row.deleted() || row.gen() >= gen;
    }

    private boolean nothingLands(Survey s, Envelope<Msg> e) {
        for (Note n : Probe.of(system, s.state, e, true).notes()) {
            if (n instanceof Write w && w.landed()) {
                return false;
            }
        }
        return true;
    }
}
