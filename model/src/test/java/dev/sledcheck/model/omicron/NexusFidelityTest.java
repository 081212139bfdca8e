package dev.sledcheck.model.omicron;

import static dev.sledcheck.model.omicron.Step.I0;
import static dev.sledcheck.model.omicron.Step.ROLES;
import static dev.sledcheck.model.omicron.Step.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.InstanceRow;
import dev.sledcheck.model.omicron.nexus.Intended;
import dev.sledcheck.model.omicron.nexus.PutHandler;
import dev.sledcheck.model.omicron.nexus.UserStop;
import dev.sledcheck.model.omicron.nexus.VmmRow;
import dev.sledcheck.model.omicron.nexus.Watcher;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Nexus's steps of docs/model.md's step table that no configuration of the matrix tells apart on
 * its own: the watcher with several VMMs, the stop of a Failed instance, a saga spawned only for a
 * landed terminal write, and the bounds of the test driver (passes, stops).
 */
class NexusFidelityTest {

    private static final InstanceId I1 = new InstanceId(1);
    private static final VmmId V2 = new VmmId(2);
    private static final UserStop.Plan ONE_STOP = new UserStop.Plan(I0, List.of(V1), null);

    private static Db twoInstances(VmmState s1, VmmState s2) {
        return new Db(List.of(new VmmRow(V1, I0, s1, 6, false), new VmmRow(V2, I1, s2, 6, false)),
                List.of(new InstanceRow(I0, 3, V1, false, Intended.RUNNING, false, false, false),
                        new InstanceRow(I1, 3, V2, false, Intended.RUNNING, false, false, false)));
    }

    /** instance_and_vmm_list_by_sled_agent L1000 @BUG: soft-deleted rows and Creating, SagaUnwound, Destroyed are not listed. */
    @Test
    void theListingLeavesOutDeletedAndNonexistentVmms() {
        Watcher w = new Watcher(Variant.SIM_BUG, ROLES, 1);
        for (VmmState s : VmmState.values()) {
            boolean listed = s != VmmState.CREATING && s != VmmState.SAGA_UNWOUND && s != VmmState.DESTROYED;
            Step<Watcher.State> pass = Step.run(w, ROLES.watcher(), new Watcher.State(0, List.of()), Step.db(s, 6, false),
                    ROLES.watcher(), new Msg.Pass(1));
            assertEquals(listed, pass.sends(Msg.Get.class), s.name());
        }
        Db deleted = Step.db(VmmState.FAILED, 7, false).markDeleted(V1).db();
        Step<Watcher.State> pass = Step.run(w, ROLES.watcher(), new Watcher.State(0, List.of()), deleted,
                ROLES.watcher(), new Msg.Pass(1));
        assertFalse(pass.sends(Msg.Get.class));
        assertEquals(new Watcher.State(1, List.of()), pass.state(), "an empty pass is over at once");
    }

    /** Each answer goes to its own VMM's check; a saga's end ends the check of its instance only. */
    @Test
    void theWatcherKeepsOneCheckPerVmm() {
        Watcher w = new Watcher(Variant.SIM_FIX, ROLES, 1);
        Watcher.Check c1 = new Watcher.Check(V1, I0, VmmState.STOPPING, 6, false);
        Watcher.Check c2 = new Watcher.Check(V2, I1, VmmState.STOPPING, 6, false);
        Db db = twoInstances(VmmState.STOPPING, VmmState.STOPPING);
        Step<Watcher.State> got = Step.run(w, ROLES.watcher(), new Watcher.State(0, List.of(c1, c2)), db, ROLES.agent(),
                new Msg.GetReply(V2, Answer.ok(VmmState.DESTROYED, 7)));
        assertEquals(new Watcher.State(0, List.of(c1, new Watcher.Check(V2, I1, VmmState.STOPPING, 6, true))), got.state());
        assertEquals(VmmState.STOPPING, got.db().vmm(V1).state());
        assertEquals(VmmState.DESTROYED, got.db().vmm(V2).state());
        Step<Watcher.State> first = Step.run(w, ROLES.watcher(), new Watcher.State(0, List.of(c1, c2)), db, ROLES.agent(),
                new Msg.GetReply(V1, Answer.ok(VmmState.STOPPING, 6)));
        assertEquals(new Watcher.State(0, List.of(c2)), first.state());
        Watcher.Check a1 = new Watcher.Check(V1, I0, VmmState.STOPPING, 6, true);
        Watcher.State both = new Watcher.State(0, List.of(a1, new Watcher.Check(V2, I1, VmmState.STOPPING, 6, true)));
        Step<Watcher.State> done = Step.run(w, ROLES.watcher(), both, db, ROLES.saga(), new Msg.SagaDone(I1));
        assertEquals(new Watcher.State(0, List.of(a1)), done.state());
        // Two awaited sagas of one instance (its Failed VMM and its restarted one): one end, one check.
        Watcher.State sameInstance = new Watcher.State(0, List.of(a1, new Watcher.Check(V2, I0, VmmState.STARTING, 2, true)));
        Step<Watcher.State> one = Step.run(w, ROLES.watcher(), sameInstance, db, ROLES.saga(), new Msg.SagaDone(I0));
        assertEquals(1, one.state().checks().size());
        assertEquals(0, one.state().passesDone());
    }

    /** check_instance L253-265: the check waits for the saga its landed terminal write started, and only then is the pass over. */
    @Test
    void aLandedTerminalWriteIsAwaitedAndADroppedOneIsNot() {
        Watcher w = new Watcher(Variant.SIM_FIX, ROLES, 2);
        Watcher.Check c = new Watcher.Check(V1, I0, VmmState.STOPPING, 6, false);
        Step<Watcher.State> landed = Step.run(w, ROLES.watcher(), new Watcher.State(0, List.of(c)),
                Step.db(VmmState.STOPPING, 6, false), ROLES.agent(), new Msg.GetReply(V1, Answer.ok(VmmState.DESTROYED, 7)));
        assertEquals(List.of(ROLES.saga().index() + ":start(i0,for-watcher)"), landed.tokens());
        Step<Watcher.State> dropped = Step.run(w, ROLES.watcher(), new Watcher.State(0, List.of(c)),
                Step.db(VmmState.DESTROYED, 7, false), ROLES.agent(), new Msg.GetReply(V1, Answer.ok(VmmState.DESTROYED, 7)));
        assertEquals(List.of(ROLES.watcher().index() + ":pass(2)"), dropped.tokens(), "no saga; pass 2 may start");
        assertEquals(new Watcher.State(1, List.of()), dropped.state());
        Step<Watcher.State> live = Step.run(w, ROLES.watcher(), new Watcher.State(0, List.of(c)),
                Step.db(VmmState.STOPPING, 5, false), ROLES.agent(), new Msg.GetReply(V1, Answer.ok(VmmState.STOPPING, 6)));
        assertFalse(live.sends(Msg.StartSaga.class), "a landed write of a live state needs no saga");
    }

    /** The bound on passes: none at all, or pass k + 1 only after pass k, up to the bound. */
    @Test
    void theWatcherRunsExactlyItsPasses() {
        Watcher last = new Watcher(Variant.SIM_BUG, ROLES, 2);
        Step<Watcher.State> second = Step.run(last, ROLES.watcher(), new Watcher.State(1, List.of()),
                Step.db(VmmState.DESTROYED, 7, false), ROLES.watcher(), new Msg.Pass(2));
        assertEquals(List.of(), second.tokens(), "no third pass");
        var ctx = new dev.sledcheck.model.actor.Ctx<Msg, Db>(ROLES.watcher(), dev.sledcheck.model.actor.Access.STORE,
                Step.db(VmmState.STOPPING, 6, false), true);
        new Watcher(Variant.SIM_BUG, ROLES, 0).init(ROLES.watcher(), ctx);
        assertTrue(ctx.sent().isEmpty(), "no pass at all");
        new Watcher(Variant.SIM_BUG, ROLES, 1).init(ROLES.watcher(), ctx);
        assertEquals(1, ctx.sent().size());
    }

    /** notify_vmm_updated: the PUT handler spawns a saga only for a terminal state that landed, and always answers 204. */
    @Test
    void thePutHandlerSpawnsASagaOnlyForALandedTerminalWrite() {
        PutHandler nexus = new PutHandler(Variant.SIM_FIX, ROLES);
        Step<Stateless> dropped = Step.run(nexus, ROLES.nexus(), Stateless.STATELESS, Step.db(VmmState.FAILED, 7, false),
                ROLES.agent(), new Msg.Publish(V1, VmmState.DESTROYED, 7));
        assertEquals(List.of(ROLES.agent().index() + ":204(v1,Destroyed/7)"), dropped.tokens());
        Step<Stateless> landed = Step.run(nexus, ROLES.nexus(), Stateless.STATELESS, Step.db(VmmState.STOPPING, 6, false),
                ROLES.agent(), new Msg.Publish(V1, VmmState.DESTROYED, 7));
        assertTrue(landed.sends(Msg.StartSaga.class));
    }

    /**
     * instance_stop, select_runtime_change_action L852-869 @BUG: a Failed instance moves to no VMM
     * at gen + 1, the agent unasked. The row written is the one the stop already marked "stop
     * asked" (and intended Stopped): the model used to clear the failure on the row as first read,
     * which dropped both.
     */
    @Test
    void aStopOfAFailedInstanceClearsItWithoutTheAgent() {
        UserStop intentOn = new UserStop(Variant.SIM_BUG, ROLES, true, ONE_STOP);
        Db failedRunning = new Db(List.of(new VmmRow(V1, I0, VmmState.FAILED, 7, true)),
                List.of(new InstanceRow(I0, 4, null, true, Intended.RUNNING, false, false, false)));
        assertEquals(new InstanceRow(I0, 5, null, false, Intended.STOPPED, false, false, true),
                Step.run(intentOn, ROLES.user(), new UserStop.State(0, null), failedRunning, ROLES.user(),
                        new Msg.BeginStop(2, I0)).db().instance(I0));
        UserStop user = new UserStop(Variant.SIM_BUG, ROLES, false, ONE_STOP);
        Db db = new Db(List.of(new VmmRow(V1, I0, VmmState.FAILED, 7, true)),
                List.of(new InstanceRow(I0, 4, null, true, Intended.RUNNING, false, false, false)));
        Step<UserStop.State> s = Step.run(user, ROLES.user(), new UserStop.State(0, null), db, ROLES.user(),
                new Msg.BeginStop(2, I0));
        assertEquals(new InstanceRow(I0, 5, null, false, Intended.RUNNING, false, false, true), s.db().instance(I0),
                "cleared, and the stop still recorded");
        assertFalse(s.sends(Msg.Stop.class));
        assertEquals(new UserStop.State(1, null), s.state());
    }

    /** Intent off (BUG): the stop records "stop asked" only; the intended state stays as it was. */
    @Test
    void withoutIntentTheStopWritesNoIntendedState() {
        UserStop user = new UserStop(Variant.SIM_BUG, ROLES, false, ONE_STOP);
        Step<UserStop.State> s = Step.run(user, ROLES.user(), new UserStop.State(0, null), Step.db(VmmState.RUNNING, 4, false),
                ROLES.user(), new Msg.BeginStop(1, I0));
        assertEquals(Intended.RUNNING, s.db().instance(I0).intended());
        assertTrue(s.db().instance(I0).stopAsked());
    }

    /** The stop reads the active VMM through a join that skips soft-deleted rows: such a VMM reads as none. */
    @Test
    void aSoftDeletedActiveVmmReadsAsNone() {
        UserStop user = new UserStop(Variant.SIM_BUG, ROLES, false, ONE_STOP);
        Db db = Step.db(VmmState.DESTROYED, 7, false).markDeleted(V1).db();
        Step<UserStop.State> s = Step.run(user, ROLES.user(), new UserStop.State(0, null), db, ROLES.user(),
                new Msg.BeginStop(2, I0));
        assertFalse(s.sends(Msg.Stop.class));
    }

    /** HEAD, release build: a VMM unlinked between the read and the intent write means the stop is done. */
    @Test
    void atHeadAVmmUnlinkedSinceTheReadIsDone() {
        UserStop user = new UserStop(Variant.HEAD, ROLES, true, ONE_STOP);
        UserStop.State read = new UserStop.State(1, new UserStop.InFlight(2, I0, V1, VmmState.DESTROYED, 7, false));
        Db unlinked = new Db(List.of(new VmmRow(V1, I0, VmmState.DESTROYED, 7, true)),
                List.of(new InstanceRow(I0, 4, null, false, Intended.RUNNING, false, false, true)));
        Step<UserStop.State> s = Step.run(user, ROLES.user(), read, unlinked, ROLES.user(), new Msg.StopIntent(2, I0));
        assertFalse(s.sends(Msg.Stop.class));
        assertEquals(new UserStop.State(2, null), s.state());
    }

    /** mark_vmm_failed L1381-1440 @BUG: on 404 the stop writes Failed at s + 1 and waits for a saga even if the write was dropped. */
    @Test
    void aStopsNotFoundWritesFailedAndWaitsForASaga() {
        UserStop user = new UserStop(Variant.SIM_FIX, ROLES, false, ONE_STOP);
        UserStop.State asked = new UserStop.State(1, new UserStop.InFlight(2, I0, V1, VmmState.DESTROYED, 7, false));
        Step<UserStop.State> s = Step.run(user, ROLES.user(), asked, Step.db(VmmState.DESTROYED, 8, false), ROLES.agent(),
                new Msg.StopReply(V1, Answer.of(Answer.Code.NO_SUCH_INSTANCE)));
        assertEquals(VmmState.DESTROYED, s.db().vmm(V1).state(), "Failed 8 dropped");
        assertEquals(List.of(ROLES.saga().index() + ":start(i0,for-user)"), s.tokens());
        assertTrue(s.state().stop().awaitingSaga());
        Step<UserStop.State> done = Step.run(user, ROLES.user(), s.state(), s.db(), ROLES.saga(), new Msg.SagaDone(I0));
        assertEquals(new UserStop.State(2, null), done.state());
    }

    /** scale: no first stop, so the test pokes every VMM at once; the racing stop is stop #2. */
    @Test
    void withoutAFirstStopTheTestPokesAtOnce() {
        UserStop user = new UserStop(Variant.SIM_FIX, ROLES, false, new UserStop.Plan(null, List.of(V1, V2), I0));
        var ctx = new dev.sledcheck.model.actor.Ctx<Msg, Db>(ROLES.user(), dev.sledcheck.model.actor.Access.STORE,
                Step.db(VmmState.STOPPING, 3, false), true);
        UserStop.State s = user.init(ROLES.user(), ctx);
        assertNull(s.stop());
        assertEquals(List.of("poke(v1)", "poke(v2)", "stop#2(i0)"), ctx.sent().stream().map(e -> e.msg().label()).toList());
        UserStop.State idle = new UserStop.State(0, new UserStop.InFlight(2, I0, null, null, 0, false));
        Step<UserStop.State> second = Step.run(user, ROLES.user(), idle, Step.db(VmmState.STOPPING, 3, false),
                ROLES.agent(), new Msg.StopReply(V1, Answer.of(Answer.Code.GONE)));
        assertEquals(List.of(), second.tokens(), "stop #2 pokes nothing");
    }
}
