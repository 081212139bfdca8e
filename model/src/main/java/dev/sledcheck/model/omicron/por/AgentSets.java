package dev.sledcheck.model.omicron.por;

import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.omicron.Msg;
import dev.sledcheck.model.omicron.OmicronProperty;
import dev.sledcheck.model.omicron.Roles;
import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.model.omicron.VmmId;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.UserStop;
import dev.sledcheck.model.omicron.nexus.Watcher;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Candidates of one VMM's agent: every enabled delivery to the agent about VMM {@code v}, when no
 * step outside them can ever deliver to the agent about {@code v} in a way that matters. They touch
 * only the agent's entry for {@code v} (its table is a map by id) and send messages, so they
 * commute with every step that does not deliver to the agent about {@code v}, and they change
 * nothing a property reads (the database; S3 judges an agent's 404 against the database, which
 * they leave alone). Who else could deliver to the agent about {@code v}:
 * <ul>
 *   <li>Nexus, a 204 for a Publish of {@code v} in flight: no such Publish may be in flight;
 *   <li>the start saga, a Register or Run of {@code v}: no StartStep or Registered of it in flight;
 *   <li>the user, a stop of {@code v}'s instance (no stop of it may be deciding) or the pokes and
 *       the second stop that follow the first stop when the plan has one (that stop must be over);
 *   <li>the watcher, a GET from a listing to come. A GET reads the entry and answers; it changes
 *       the entry only on a real runner publishing its final state, where every agent step changes
 *       it too. So a GET matters only if a candidate step changes the entry; then no listing may
 *       come, or {@code v}'s row is not listed and no message that writes its runtime is in flight
 *       (only such writes can make a row listed again: soft-deletion, SagaUnwound and a new row's
 *       Creating are never listed).
 * </ul>
 * A GET or a stop among them may answer 404, which S3 judges against {@code v}'s row, so then no
 * message that writes {@code v}'s runtime may be in flight either: the judgement must come out the
 * same whenever the step is taken. Nobody outside the set sends such a message about {@code v}
 * (the agent does, about its own VMMs), and the only other change to the row, soft-deletion,
 * turns a 404 too early into one in time, never back.
 */
final class AgentSets {
    private final ActorSystem<Msg, Db> system;
    private final Roles roles;
    private final Variant variant;
    private final boolean pokesAfterFirstStop;

    AgentSets(ActorSystem<Msg, Db> system, Roles roles, Variant variant, boolean pokesAfterFirstStop) {
        this.system = system;
        this.roles = roles;
        this.variant = variant;
        this.pokesAfterFirstStop = pokesAfterFirstStop;
    }

    void propose(Survey s, Candidates out) {
        UserStop.State user = s.state.actor(roles.user());
        if (pokesAfterFirstStop && user.stop() != null && user.stop().number() == 1) {
            return;
        }
        Set<VmmId> tried = new HashSet<>();
        for (int i = 0; i < s.enabled.size(); i++) {
            VmmId v = toAgent(s, i);
            if (v != null && tried.add(v)) {
                int[] t = steps(s, v);
                if (t != null) {
                    out.add(t, s.owner(v));
                }
            }
        }
    }

    /** The VMM enabled step {@code i}, a delivery to the agent, is about; null for any other step. */
    private VmmId toAgent(Survey s, int i) {
        return s.enabled.get(i).dst().equals(roles.agent()) ? s.vmmOf[i] : null;
    }

    private int[] steps(Survey s, VmmId v) {
        int n = v.n();
        if (s.publishing[n] || s.starting[n] || s.stopDeciding[s.owner(v)]) {
            return null;
        }
        int[] t = new int[s.enabled.size()];
        int count = 0;
        for (int i = 0; i < s.enabled.size(); i++) {
            if (v.equals(toAgent(s, i))) {
                t[count++] = i;
            }
        }
        t = Arrays.copyOf(t, count);
        if (s.writerInFlight[n] && judgedBy404(s, t)) {
            return null;
        }
        boolean getsMayCome = s.mayList && (s.writerInFlight[n] || Watcher.lists(variant, s.db().vmm(v)));
        return getsMayCome && changesEntry(s, t) ? null : t;
    }

    private static boolean judgedBy404(Survey s, int[] t) {
        for (int i : t) {
            if (OmicronProperty.answersFor404(s.enabled.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether some step of {@code t} leaves the agent in another state. */
    private boolean changesEntry(Survey s, int[] t) {
        Object agent = s.state.actors().get(roles.agent().index());
        for (int i : t) {
            if (!Probe.of(system, s.state, s.enabled.get(i), false).receiver().equals(agent)) {
                return true;
            }
        }
        return false;
    }
}
