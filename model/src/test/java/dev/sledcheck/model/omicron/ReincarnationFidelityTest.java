package dev.sledcheck.model.omicron;

import static dev.sledcheck.model.omicron.Step.I0;
import static dev.sledcheck.model.omicron.Step.ROLES;
import static dev.sledcheck.model.omicron.Step.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.omicron.agent.SimAgent;
import dev.sledcheck.model.omicron.agent.Vmm;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.InstanceRow;
import dev.sledcheck.model.omicron.nexus.Intended;
import dev.sledcheck.model.omicron.nexus.Reincarnation;
import dev.sledcheck.model.omicron.nexus.VmmRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Departure 5: reincarnation runs the instance-start saga's steps as omicron has them
 * (nexus/src/app/sagas/instance_start.rs @d337333577c5): create the VMM row, then link it in a
 * later step that re-reads the instance, register it, and ask it to run.
 */
class ReincarnationFidelityTest {

    private static final Reincarnation TASK = new Reincarnation(ROLES, false, GenCheck.STRICT);
    private static final VmmId V2 = new VmmId(2);

    /** i0 Failed with no VMM; v1 Failed and soft-deleted, as the saga leaves them. */
    private static Db failed() {
        return new Db(List.of(new VmmRow(V1, I0, VmmState.FAILED, 7, true)),
                List.of(new InstanceRow(I0, 4, null, true, Intended.RUNNING, false, false, true)));
    }

    private static Step<Stateless> deliver(Db db, Msg m) {
        return Step.run(TASK, ROLES.reincarnation(), Stateless.STATELESS, db, ROLES.reincarnation(), m);
    }

    @Test
    void wakeCreatesTheVmmRowAndLinksItOnlyInTheNextStep() {
        Step<Stateless> woke = deliver(failed(), new Msg.Wake(I0));
        assertEquals(new VmmRow(V2, I0, VmmState.CREATING, 1, false), woke.db().vmm(V2));
        assertEquals(failed().instance(I0), woke.db().instance(I0), "not linked yet");
        assertEquals(List.of(ROLES.reincarnation().index() + ":move-to-starting(i0,v2)"), woke.tokens());
        Step<Stateless> moved = deliver(woke.db(), new Msg.StartStep(I0, V2));
        InstanceRow linked = moved.db().instance(I0);
        assertEquals(V2 + " gen 5 restarted", linked.active() + " gen " + linked.gen() + (linked.restarted() ? " restarted" : ""));
        assertEquals(List.of(ROLES.agent().index() + ":register(v2)"), moved.tokens());
    }

    /** sis_move_to_starting L337-341: another active VMM is a conflict; the saga unwinds (SagaUnwound). */
    @Test
    void moveToStartingConflictsWithAnotherActiveVmm() {
        Db woke = deliver(failed(), new Msg.Wake(I0)).db();
        Db other = deliver(woke, new Msg.StartStep(I0, V2)).db();
        Db twice = other.with(new VmmRow(new VmmId(3), I0, VmmState.CREATING, 1, false));
        Step<Stateless> s = deliver(twice, new Msg.StartStep(I0, new VmmId(3)));
        assertEquals(VmmState.SAGA_UNWOUND, s.db().vmm(new VmmId(3)).state());
        assertEquals(V2, s.db().instance(I0).active());
        assertEquals(List.of(), s.tokens());
    }

    /** sis_ensure_registered, then sis_ensure_running: the registration's answer is written, then Run. */
    @Test
    void registrationIsFollowedByRun() {
        Db linked = deliver(deliver(failed(), new Msg.Wake(I0)).db(), new Msg.StartStep(I0, V2)).db();
        Step<Stateless> s = deliver(linked, new Msg.Registered(V2, Answer.ok(VmmState.STARTING, 2)));
        assertEquals(VmmState.STARTING + "/2", s.db().vmm(V2).state() + "/" + s.db().vmm(V2).gen());
        assertEquals(List.of(ROLES.agent().index() + ":run(v2)"), s.tokens());
    }

    /** sim/instance.rs L211-237: Run queues propolis Running on a VMM resting in Starting, at the same gen. */
    @Test
    void theSimulatedAgentQueuesRunningOnRun() {
        Vmm registered = Vmm.registered(V2, VmmState.STARTING, 2);
        SimAgent agent = new SimAgent(RemovalOrder.REMOVE_THEN_PUBLISH, ROLES, List.of());
        Step<SimAgent.State> s = Step.run(agent, ROLES.agent(), new SimAgent.State(List.of(registered)), failed(),
                ROLES.reincarnation(), new Msg.Run(V2));
        assertEquals(new Vmm(V2, VmmState.STARTING, 2, List.of(Propolis.RUNNING), false), s.state().vmm(V2));
        assertTrue(s.tokens().contains(ROLES.reincarnation().index() + ":run-reply(v2,200:Starting/2)"));
    }

    /** A locked instance is left for the task's next activation. */
    @Test
    void aLockedInstanceWaitsForTheNextActivation() {
        Db db = failed();
        InstanceRow i = db.instance(I0);
        Db locked = db.with(new InstanceRow(I0, i.gen(), null, true, i.intended(), true, false, true));
        Step<Stateless> s = deliver(locked, new Msg.Wake(I0));
        assertEquals(locked, s.db());
        assertEquals(List.of(ROLES.reincarnation().index() + ":wake(i0)"), s.tokens());
    }

    /** find_reincarnatable_instances: only a Failed instance with no VMM, not restarted within the cooldown. */
    @Test
    void wakeRestartsOnlyAFailedInstanceNotRestartedBefore() {
        InstanceRow failed = failed().instance(I0);
        for (InstanceRow i : List.of(
                new InstanceRow(I0, 4, null, false, Intended.RUNNING, false, false, true),
                new InstanceRow(I0, 4, V1, true, Intended.RUNNING, false, false, true),
                new InstanceRow(I0, 4, null, true, Intended.RUNNING, false, true, true))) {
            Step<Stateless> s = deliver(failed().with(i), new Msg.Wake(I0));
            assertEquals(failed().with(i), s.db(), i.toString());
            assertEquals(List.of(), s.tokens(), i.toString());
        }
        assertEquals(List.of(ROLES.reincarnation().index() + ":move-to-starting(i0,v2)"),
                deliver(failed().with(failed), new Msg.Wake(I0)).tokens());
    }

    /** Without intended states (BUG) the query does not look at the intended state at all. */
    @Test
    void withoutIntentTheIntendedStateIsNotRead() {
        Db db = failed().with(new InstanceRow(I0, 4, null, true, Intended.STOPPED, false, false, true));
        assertEquals(List.of(ROLES.reincarnation().index() + ":move-to-starting(i0,v2)"),
                deliver(db, new Msg.Wake(I0)).tokens());
    }

    /** With intended states (#8053) the query also requires intended Running. */
    @Test
    void withIntentOnlyAnInstanceIntendedRunningIsRestarted() {
        Reincarnation withIntent = new Reincarnation(ROLES, true, GenCheck.STRICT);
        for (Intended intended : Intended.values()) {
            Db db = failed().with(new InstanceRow(I0, 4, null, true, intended, false, false, true));
            Step<Stateless> s = Step.run(withIntent, ROLES.reincarnation(), Stateless.STATELESS, db,
                    ROLES.reincarnation(), new Msg.Wake(I0));
            assertEquals(intended == Intended.RUNNING, !s.tokens().isEmpty(), intended.name());
        }
    }

    /** sis_destroy_vmm_record: an unwound start saga marks its row SagaUnwound at gen + 1; a SagaUnwound active VMM is no conflict. */
    @Test
    void anUnwoundRowIsSagaUnwoundAtTheNextGen() {
        Db woke = deliver(failed(), new Msg.Wake(I0)).db();
        Db other = deliver(woke, new Msg.StartStep(I0, V2)).db();
        VmmId v3 = new VmmId(3);
        Db twice = other.with(new VmmRow(v3, I0, VmmState.CREATING, 1, false));
        assertEquals(new VmmRow(v3, I0, VmmState.SAGA_UNWOUND, 2, false),
                deliver(twice, new Msg.StartStep(I0, v3)).db().vmm(v3));
        Db unwound = twice.with(new VmmRow(V2, I0, VmmState.SAGA_UNWOUND, 2, false));
        assertEquals(v3, deliver(unwound, new Msg.StartStep(I0, v3)).db().instance(I0).active());
    }

    /** sis_ensure_running: the Run answer is written like any VMM update; a failed registration asks nothing more. */
    @Test
    void answersAreWrittenOnlyWhenOk() {
        Db linked = deliver(deliver(failed(), new Msg.Wake(I0)).db(), new Msg.StartStep(I0, V2)).db();
        Step<Stateless> ran = deliver(linked, new Msg.RunReply(V2, Answer.ok(VmmState.RUNNING, 3)));
        assertEquals(VmmState.RUNNING, ran.db().vmm(V2).state());
        // Under no gen check, so that a write of the error's empty runtime would show.
        Reincarnation unchecked = new Reincarnation(ROLES, false, GenCheck.NONE);
        Step<Stateless> failedRun = Step.run(unchecked, ROLES.reincarnation(), Stateless.STATELESS, linked,
                ROLES.agent(), new Msg.RunReply(V2, Answer.of(Answer.Code.SERVER_ERROR)));
        assertEquals(linked, failedRun.db());
        Step<Stateless> failedRegistration = Step.run(unchecked, ROLES.reincarnation(), Stateless.STATELESS, linked,
                ROLES.agent(), new Msg.Registered(V2, Answer.of(Answer.Code.SERVER_ERROR)));
        assertEquals(linked, failedRegistration.db());
        assertEquals(List.of(), failedRegistration.tokens());
    }

    /** sim and real agents alike register a VMM Starting at gen 2 and answer 200. */
    @Test
    void theAgentAnswersARegistration() {
        SimAgent agent = new SimAgent(RemovalOrder.PUBLISH_THEN_REMOVE, ROLES, List.of());
        Step<SimAgent.State> s = Step.run(agent, ROLES.agent(), new SimAgent.State(List.of()), failed(),
                ROLES.reincarnation(), new Msg.Register(V2));
        assertEquals(Vmm.registered(V2, VmmState.STARTING, 2), s.state().vmm(V2));
        assertEquals(List.of(ROLES.reincarnation().index() + ":registered(v2,200:Starting/2)"), s.tokens());
    }
}
