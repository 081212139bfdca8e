package dev.sledcheck.model.omicron;

import static dev.sledcheck.model.omicron.Step.I0;
import static dev.sledcheck.model.omicron.Step.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.omicron.agent.RealAgent;
import dev.sledcheck.model.omicron.agent.SimAgent;
import dev.sledcheck.model.omicron.agent.Vmm;
import dev.sledcheck.model.omicron.fault.FaultKind;
import dev.sledcheck.model.omicron.fault.Injector;
import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.InstanceUpdater;
import dev.sledcheck.model.omicron.nexus.PutHandler;
import dev.sledcheck.model.omicron.nexus.UserStop;
import dev.sledcheck.model.omicron.nexus.Watcher;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each actor's answer to a fault, as omicron's code has it (research: /work/research/faults.md;
 * docs/model.md's fidelity table cites the lines): one handler call at a time.
 */
class FaultFidelityTest {

    /** Faults and the updater: ids 6 and 7. */
    private static final Roles ROLES = Roles.STANDARD.with(true, true);
    private static final Vmm DESTROYED = new Vmm(V1, VmmState.DESTROYED, 7, List.of(), true);

    /** sim/collection.rs L270-274: notify(..).await.unwrap() with a TODO-robustness: no retry, the poke panics. */
    @Test
    void theSimulatedAgentNeverRetriesAFailedPut() {
        SimAgent agent = new SimAgent(RemovalOrder.PUBLISH_THEN_REMOVE, ROLES, List.of());
        SimAgent.State holding = new SimAgent.State(List.of(DESTROYED));
        Step<SimAgent.State> s = Step.run(agent, ROLES.agent(), holding, Step.db(VmmState.DESTROYED, 7, false),
                ROLES.nexus(), new Msg.PutFailed(V1, VmmState.DESTROYED, 7));
        assertEquals(holding, s.state(), "the VMM stays: it is removed only on a 204");
        assertTrue(s.sent().isEmpty());
        assertTrue(s.notes().contains("panics"), s.notes());
    }

    /** runner RA-FIX L844-926, backoff.rs L67-72, L104-108: retried for ever, same (state, gen), queue still held. */
    @Test
    void theRealAgentRetriesTheSamePutAndKeepsHoldingItsQueue() {
        RealAgent agent = new RealAgent(RemovalOrder.PUBLISH_THEN_REMOVE, ROLES, List.of());
        RealAgent.State publishing = new RealAgent.State(List.of(new RealAgent.Runner(DESTROYED, false, true, 1, 0)));
        Step<RealAgent.State> s = Step.run(agent, ROLES.agent(), publishing, Step.db(VmmState.DESTROYED, 7, false),
                ROLES.nexus(), new Msg.PutFailed(V1, VmmState.DESTROYED, 7));
        assertEquals(publishing, s.state(), "deregistered only on the 204; the GET keeps waiting");
        assertEquals(List.of(ROLES.nexus().index() + ":put(v1,Destroyed/7)"), s.tokens());
    }

    /** ds/vmm.rs L160-174 (strict <): a duplicate is dropped and answered 204, starting nothing; gen-le would land it again. */
    @Test
    void aDuplicatePutIsANoOpOnlyUnderTheStrictCheck() {
        Msg dup = new Msg.Publish(V1, VmmState.DESTROYED, 7);
        Step<Stateless> strict = Step.run(new PutHandler(Variant.SIM_FIX, ROLES), ROLES.nexus(), Stateless.STATELESS,
                Step.db(VmmState.DESTROYED, 7, false), ROLES.agent(), dup);
        assertEquals(List.of(ROLES.agent().index() + ":204(v1,Destroyed/7)"), strict.tokens());
        Step<Stateless> le = Step.run(new PutHandler(Variant.GEN_LE, ROLES), ROLES.nexus(), Stateless.STATELESS,
                Step.db(VmmState.DESTROYED, 7, false), ROLES.agent(), dup);
        assertTrue(le.sends(Msg.StartSaga.class), "gen-le lands the duplicate and spawns a second saga");
    }

    /** watcher.rs L201-217: a CommunicationError (timeout) is SledAgentUnreachable: no write; the pass can end. */
    @Test
    void aTimedOutGetEndsTheCheckWithNoWrite() {
        Watcher w = new Watcher(Variant.SIM_BUG, ROLES, 2);
        Watcher.State checking = new Watcher.State(0, List.of(new Watcher.Check(V1, I0, VmmState.STOPPING, 6, false)));
        Db db = Step.db(VmmState.STOPPING, 6, false);
        Step<Watcher.State> s = Step.run(w, ROLES.watcher(), checking, db, ROLES.agent(), new Msg.GetFailed(V1));
        assertEquals(db, s.db());
        assertEquals(new Watcher.State(1, List.of()), s.state());
        assertEquals(List.of(ROLES.watcher().index() + ":pass(2)"), s.tokens());
    }

    /** app/instance.rs L116-124, L720-737: a timed-out stop is a 504, marks nothing Failed, is not retried. */
    @Test
    void aTimedOutStopWritesNothing() {
        UserStop u = new UserStop(Variant.SIM_FIX, ROLES, false, new UserStop.Plan(null, List.of(), null));
        UserStop.State waiting = new UserStop.State(0, new UserStop.InFlight(2, I0, V1, VmmState.STOPPING, 6, false));
        Db db = Step.db(VmmState.STOPPING, 6, false);
        Step<UserStop.State> s = Step.run(u, ROLES.user(), waiting, db, ROLES.agent(), new Msg.StopFailed(V1));
        assertEquals(db, s.db());
        assertEquals(new UserStop.State(1, null), s.state());
        assertTrue(s.notes().contains("504"), s.notes());
    }

    /** The injector: one fault spent, the client told; a lost saga tells its waiter and wakes the updater. */
    @Test
    void theInjectorTellsTheClientOfTheExchange() {
        Injector inj = new Injector(ROLES);
        Step<Injector.Spent> put = Step.run(inj, ROLES.faults(), new Injector.Spent(0), Step.db(VmmState.STOPPING, 6,
                false), ROLES.agent(), new Msg.Struck(FaultKind.LOSS, new Msg.Publish(V1, VmmState.DESTROYED, 7)));
        assertEquals(new Injector.Spent(1), put.state());
        assertEquals(List.of(ROLES.agent().index() + ":put-failed(v1,Destroyed/7)"), put.tokens());
        Step<Injector.Spent> saga = Step.run(inj, ROLES.faults(), new Injector.Spent(1), Step.db(VmmState.FAILED, 7,
                false), ROLES.watcher(), new Msg.Struck(FaultKind.LOST_SAGA, new Msg.StartSaga(I0, Role.WATCHER)));
        assertEquals(List.of(ROLES.watcher().index() + ":saga-failed(i0)", ROLES.updater().index() + ":activate"),
                saga.tokens());
        Step<Injector.Spent> get = Step.run(inj, ROLES.faults(), new Injector.Spent(0), Step.db(VmmState.STOPPING, 6,
                false), ROLES.agent(), new Msg.Struck(FaultKind.RESTART, new Msg.GetReply(V1, Answer.ok(
                        VmmState.STOPPING, 6))));
        assertEquals(List.of(ROLES.watcher().index() + ":get-failed(v1)", ROLES.updater().index() + ":activate"),
                get.tokens(), "a restart also gives every background task its first activation");
    }

    /** instance_updater.rs L88-110, ds/instance.rs L431-455: terminal active VMM, not deleted, not locked. */
    @Test
    void theUpdaterStartsASagaForAnUnlockedInstanceAndComesBackForALockedOne() {
        InstanceUpdater u = new InstanceUpdater(ROLES);
        Step<Stateless> free = Step.run(u, ROLES.updater(), Stateless.STATELESS, Step.db(VmmState.DESTROYED, 7, false),
                ROLES.faults(), new Msg.Activate());
        assertEquals(List.of(ROLES.saga().index() + ":start(i0)"), free.tokens());
        Step<Stateless> locked = Step.run(u, ROLES.updater(), Stateless.STATELESS, Step.db(VmmState.DESTROYED, 7, true),
                ROLES.faults(), new Msg.Activate());
        assertEquals(List.of(ROLES.updater().index() + ":activate"), locked.tokens());
        Step<Stateless> live = Step.run(u, ROLES.updater(), Stateless.STATELESS, Step.db(VmmState.STOPPING, 6, false),
                ROLES.faults(), new Msg.Activate());
        assertFalse(live.sends(Msg.StartSaga.class), "a live active VMM needs no update");
    }
}
