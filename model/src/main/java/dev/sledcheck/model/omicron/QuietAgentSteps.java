package dev.sledcheck.model.omicron;

import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.core.PartialOrder;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.UserStop;
import dev.sledcheck.model.omicron.nexus.Watcher;
import java.util.Arrays;
import java.util.List;

/**
 * The omicron model's partial-order reduction ({@code por}): once the watcher and the user can
 * never act again, the agent's own bookkeeping for one VMM (a poke iteration, Nexus's 204 for a
 * PUT, a registration) goes first and alone, instead of in every order with the rest of the
 * system.
 *
 * <p>Why so narrow. The race this model exists for is the agent's bookkeeping against the
 * watcher's GET and the user's stop: an agent step and a GET for the same VMM never commute (the
 * answer depends on whether the VMM is still in the table), and the GET may be sent later by a
 * watcher that has not even listed the VMM yet. So a VMM's bookkeeping is only reduced when no
 * GET and no stop for it can ever come again: the watcher's last pass has sent its GETs and the
 * one for this VMM has been answered. Every Nexus-side step writes or reads the one database that
 * S1v-S4 judge, so none of them is invisible; the agent's steps are the only candidates.
 *
 * <p>Why sound (the conditions of {@link PartialOrder}). The set {@code T} is every enabled
 * delivery to the agent that concerns one VMM {@code k}, taken when:
 * <ol>
 *   <li>the watcher and the user are <em>quiet</em>: they will never again send the agent a GET,
 *       a stop or a poke (see {@link #quiet});
 *   <li>every delivery in {@code T} is a {@link Msg.Poke}, {@link Msg.Ack} or {@link Msg.Register},
 *       and no GET, stop or stop's apply step for {@code k} is in flight (it would be enabled, and
 *       it answers from {@code k}'s entry: dependent, and a GET or stop is visible to S3);
 *   <li>no {@link Msg.Publish} for {@code k} is in flight: Nexus would answer it with an Ack for
 *       {@code k}, a step on {@code k} by another route.
 * </ol>
 * C1: with the watcher and user quiet, the only senders to the agent are the agent itself (about
 * the VMM it is handling), Nexus's PUT handler (an Ack answering a Publish of the same VMM: none
 * in flight for {@code k}) and reincarnation (a Register for a VMM it has just created, whose id
 * is fresh and so not {@code k}; a Run only for a VMM whose registration was answered, so never
 * while {@code k}'s Register waits, and a Run for {@code k} in flight keeps {@code k} unreduced). So no step outside {@code T} ever touches {@code k}'s entry
 * before {@code T} runs. Agent steps on other VMMs touch other entries of a table kept sorted by
 * id, and Nexus's steps touch the database, never the agent: both commute with {@code T}, and a
 * delivery only consumes its own message. C2: these steps touch neither the database (S1v, S1i, S4,
 * R1) nor answer a 404 (S3, which judges GET and stop handlers), and S2 judges Nexus's steps by
 * their own writes; a state with no enabled step is kept by any persistent set (L1). The tests
 * check, in every state explored, that {@code T} commutes with every other enabled step and
 * leaves every property's judgement unchanged, and that no matrix verdict changes.
 */
final class QuietAgentSteps implements PartialOrder<SystemState<Msg, Db>, Envelope<Msg>> {

    private final Roles roles;
    private final int passes;

    QuietAgentSteps(Roles roles, int passes) {
        this.roles = roles;
        this.passes = passes;
    }

    @Override
    public int[] ample(SystemState<Msg, Db> state, List<Envelope<Msg>> enabled) {
        if (enabled.size() < 2 || !quiet(state)) {
            return null;
        }
        for (int i = 0; i < enabled.size(); i++) {
            Envelope<Msg> e = enabled.get(i);
            VmmId k = e.dst().equals(roles.agent()) ? bookkeeping(e.msg()) : null;
            if (k != null) {
                int[] t = steps(state, enabled, k);
                if (t != null && t.length < enabled.size()) {
                    return t;
                }
            }
        }
        return null;
    }

    /** The VMM a bookkeeping delivery concerns, or null for any other message. */
    private static VmmId bookkeeping(Msg m) {
        if (m instanceof Msg.Poke) {
            return ((Msg.Poke) m).vmm();
        }
        if (m instanceof Msg.Ack) {
            return ((Msg.Ack) m).vmm();
        }
        if (m instanceof Msg.Register) {
            return ((Msg.Register) m).vmm();
        }
        return null;
    }

    /** Every enabled agent delivery about {@code k}, if all are bookkeeping and no Publish of k is in flight. */
    private int[] steps(SystemState<Msg, Db> state, List<Envelope<Msg>> enabled, VmmId k) {
        for (Envelope<Msg> e : state.network()) {
            if (e.msg() instanceof Msg.Publish && ((Msg.Publish) e.msg()).vmm().equals(k)) {
                return null;
            }
        }
        int count = 0;
        int[] out = new int[enabled.size()];
        for (int i = 0; i < enabled.size(); i++) {
            Envelope<Msg> e = enabled.get(i);
            if (!e.dst().equals(roles.agent())) {
                continue;
            }
            VmmId about = bookkeeping(e.msg());
            if (about == null) {
                if (concerns(e.msg(), k)) {
                    return null; // a delivery about k that is not bookkeeping: not reduced
                }
                continue;
            }
            if (about.equals(k)) {
                out[count++] = i;
            }
        }
        return Arrays.copyOf(out, count);
    }

    private static boolean concerns(Msg m, VmmId k) {
        return m instanceof Msg.Get && ((Msg.Get) m).vmm().equals(k)
                || m instanceof Msg.Stop && ((Msg.Stop) m).vmm().equals(k)
                || m instanceof Msg.StopApply && ((Msg.StopApply) m).vmm().equals(k)
                || m instanceof Msg.Run && ((Msg.Run) m).vmm().equals(k);
    }

    /**
     * Condition 1: the watcher and the user will never send the agent anything again. The watcher
     * sends GETs only when it lists VMMs, at the start of a pass, so never again once the last pass
     * has begun (no Pass in flight, none to come). The user sends a stop when a stop begins and its
     * pokes when the first stop completes, so never again once no stop is waiting to begin and the
     * first is over. What they still receive (answers, a saga's end) makes them write the
     * database, not call the agent.
     */
    private boolean quiet(SystemState<Msg, Db> state) {
        for (Envelope<Msg> e : state.network()) {
            if (e.msg() instanceof Msg.Pass || e.msg() instanceof Msg.BeginStop) {
                return false;
            }
        }
        Watcher.State watcher = (Watcher.State) state.actors().get(roles.watcher().index());
        if (watcher.passesDone() + 1 < passes) {
            return false;
        }
        UserStop.State user = (UserStop.State) state.actors().get(roles.user().index());
        return user.stop() == null || user.stop().number() != 1;
    }
}
