package dev.sledcheck.model.omicron;

import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.InstanceRow;
import dev.sledcheck.model.omicron.nexus.UserStop;
import dev.sledcheck.model.omicron.nexus.VmmRow;
import dev.sledcheck.model.omicron.nexus.Watcher;
import java.util.List;

/**
 * Two judgements of the states where nothing is left to do, which the matrix oracle adds to the
 * matrix's properties. Both hold in every configuration of the matrix; neither is one of
 * protocol.md's properties (they are not in the matrix or the reports), so they live with the tests.
 *
 * <ul>
 *   <li>{@code Q}, nobody waits forever: the watcher has run every pass with no check left, the
 *       user has completed every planned stop, and no saga holds an instance's lock. A request
 *       never answered (a GET held and forgotten, a saga that answers nobody) leaves a waiter
 *       stuck, and the run comes to rest with it.
 *   <li>{@code D}, no live row for a forgotten VMM: every VMM row that no instance links is
 *       soft-deleted, or SagaUnwound (a start saga's row, which omicron cleans up elsewhere).
 * </ul>
 */
final class AtRest {
    private AtRest() {}

    static List<Property<SystemState<Msg, Db>, Envelope<Msg>>> of(Configuration c) {
        int stops = (c.scenario() == Scenario.SEED_7282 ? 1 : 0) + (c.options().userStop() ? 1 : 0);
        int passes = c.options().passes();
        return List.of(
                Property.atEnd("Q", "at rest nobody waits: every pass and stop done, no lock held",
                        s -> nobodyWaits(s, passes, stops)),
                Property.atEnd("D", "at rest every VMM row no instance links is soft-deleted (or SagaUnwound)",
                        s -> noLiveUnlinkedRow(s.store())));
    }

    static boolean nobodyWaits(SystemState<Msg, Db> s, int passes, int stops) {
        Watcher.State w = s.actor(Roles.STANDARD.watcher());
        UserStop.State u = s.actor(Roles.STANDARD.user());
        if (w.passesDone() != passes || !w.checks().isEmpty() || u.stop() != null || u.completed() != stops) {
            return false;
        }
        for (InstanceRow i : s.store().instances()) {
            if (i.locked()) {
                return false;
            }
        }
        return true;
    }

    static boolean noLiveUnlinkedRow(Db db) {
        for (VmmRow r : db.vmms()) {
            boolean linked = false;
            for (InstanceRow i : db.instances()) {
                linked |= r.id().equals(i.active());
            }
            if (!linked && !r.deleted() && r.state() != VmmState.SAGA_UNWOUND) {
                return false;
            }
        }
        return true;
    }
}
