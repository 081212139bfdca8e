package dev.sledcheck.model.omicron;

import static dev.sledcheck.model.omicron.Step.I0;
import static dev.sledcheck.model.omicron.Step.ROLES;
import static dev.sledcheck.model.omicron.Step.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.Intended;
import dev.sledcheck.model.omicron.nexus.UserStop;
import dev.sledcheck.model.omicron.nexus.Watcher;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where Nexus at HEAD (b848b6df85) differs on this path, the {@code head} variants do what it does. */
class HeadFidelityTest {

    /** mk_failed (instance_watcher.rs L211-222 @HEAD): Failed over a Failed snapshot keeps its gen, and is dropped. */
    @Test
    void watcherFailedOverAFailedSnapshotKeepsItsGen() {
        for (Variant v : List.of(Variant.SIM_BUG, Variant.HEAD_SIM)) {
            Watcher w = new Watcher(v, ROLES, 1);
            Db db = Step.db(VmmState.FAILED, 8, false);
            Watcher.State checking = new Watcher.State(0,
                    List.of(new Watcher.Check(V1, I0, VmmState.FAILED, 8, false)));
            Step<Watcher.State> s = Step.run(w, ROLES.watcher(), checking, db, ROLES.agent(),
                    new Msg.GetReply(V1, Answer.of(Answer.Code.NO_SUCH_INSTANCE)));
            boolean landed = s.db().vmm(V1).gen() == 9;
            assertEquals(v == Variant.SIM_BUG, landed, v.name() + ": " + s.notes());
        }
        assertEquals(8, NexusAt.HEAD.failedGen(VmmState.FAILED, 8, 9));
        assertEquals(9, NexusAt.HEAD.failedGen(VmmState.STOPPING, 8, 9));
    }

    /**
     * instance_stop (app/instance.rs L1138-1149 @HEAD): read first, then write the intended state in
     * a separate step, then ask the agent; at BUG there is no second step.
     */
    @Test
    void headWritesTheIntentInASecondStep() {
        UserStop.Plan plan = new UserStop.Plan(I0, List.of(V1), null);
        UserStop head = new UserStop(Variant.HEAD, ROLES, true, plan);
        Db db = Step.db(VmmState.STARTING, 2, false);
        Step<UserStop.State> read = Step.run(head, ROLES.user(), new UserStop.State(0, null), db, ROLES.user(),
                new Msg.BeginStop(1, I0));
        assertEquals(Intended.RUNNING, read.db().instance(I0).intended(), "not written by the read");
        assertEquals(List.of(ROLES.user().index() + ":stop-intent#1(i0)"), read.tokens());
        Step<UserStop.State> intent = Step.run(head, ROLES.user(), read.state(), read.db(), ROLES.user(),
                new Msg.StopIntent(1, I0));
        assertEquals(Intended.STOPPED, intent.db().instance(I0).intended());
        assertEquals(List.of(ROLES.agent().index() + ":stop(v1)"), intent.tokens());

        UserStop bug = new UserStop(Variant.SIM_BUG, ROLES, true, plan);
        Step<UserStop.State> once = Step.run(bug, ROLES.user(), new UserStop.State(0, null), db, ROLES.user(),
                new Msg.BeginStop(1, I0));
        assertEquals(Intended.STOPPED, once.db().instance(I0).intended());
        assertEquals(List.of(ROLES.agent().index() + ":stop(v1)"), once.tokens());
    }

    /** The head variants take intended states whatever --intent says. */
    @Test
    void headImpliesIntent() {
        assertTrue(Configuration.of(Scenario.SEED_7282, Variant.HEAD).intent());
        assertNotEquals(Configuration.of(Scenario.SEED_7282, Variant.SIM_BUG).intent(), true);
    }
}
