package dev.sledcheck.model.omicron;

import static dev.sledcheck.model.omicron.Step.I0;
import static dev.sledcheck.model.omicron.Step.ROLES;
import static dev.sledcheck.model.omicron.Step.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.Saga;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Departure 1 of the fidelity issue: the update saga's ends as omicron's code has them
 * (nexus/src/app/sagas/instance_update/ @d337333577c5).
 */
class SagaFidelityTest {

    private static final Saga SAGA = new Saga(ROLES, true);

    private static Step<Stateless> step(Db db, SagaStage stage, SagaRead read, Role awaitedBy) {
        return Step.run(SAGA, ROLES.saga(), Stateless.STATELESS, db, ROLES.saga(),
                new Msg.SagaStep(I0, stage, read, awaitedBy));
    }

    /** start.rs L291-305: nothing to update releases the lock and ends; no re-read, no successor, no wake. */
    @Test
    void unlockWithNothingToCommitOnlyReleasesTheLock() {
        // The VMM turned Destroyed after the read: omicron does not look again.
        Db db = Step.db(VmmState.DESTROYED, 7, true);
        Step<Stateless> s = step(db, SagaStage.UNLOCK, new SagaRead(3, V1, VmmState.STOPPING), Role.WATCHER);
        assertFalse(s.db().instance(I0).locked());
        assertEquals(List.of(ROLES.watcher().index() + ":saga-done(i0)"), s.tokens());
    }

    /** datastore/instance.rs L1934-1948: a refused commit is a conflict; the saga unwinds, releasing the lock. */
    @Test
    void refusedCommitUnwindsWithoutSoftDeleteSuccessorOrWake() {
        Db db = Step.db(VmmState.FAILED, 7, true);
        Step<Stateless> s = step(db, SagaStage.COMMIT, new SagaRead(2, V1, VmmState.FAILED), Role.USER);
        assertFalse(s.db().instance(I0).locked());
        assertEquals(db.instance(I0).gen(), s.db().instance(I0).gen(), "nothing committed");
        assertEquals(List.of(ROLES.user().index() + ":saga-done(i0)"), s.tokens());
    }

    /** mod.rs L531-535, L683-687: the instance becomes Failed only if the VMM read was Failed. */
    @Test
    void commitUsesTheVmmStateAsRead() {
        Db db = Step.db(VmmState.FAILED, 8, true); // Failed landed after the saga read Destroyed
        Step<Stateless> s = step(db, SagaStage.COMMIT, new SagaRead(3, V1, VmmState.DESTROYED), Role.NONE);
        assertTrue(s.db().instance(I0).stoppedCleanly(), s.db().instance(I0).toString());
        assertFalse(s.sends(Msg.Wake.class));
        assertTrue(s.tokens().contains(ROLES.saga().index() + ":soft-delete(i0)"), s.tokens().toString());
    }

    /** A commit that makes the instance Failed puts reincarnation's (periodic) activation in flight. */
    @Test
    void failedCommitActivatesReincarnation() {
        Step<Stateless> s = step(Step.db(VmmState.FAILED, 7, true), SagaStage.COMMIT,
                new SagaRead(3, V1, VmmState.FAILED), Role.NONE);
        assertTrue(s.db().instance(I0).failed());
        assertTrue(s.tokens().contains(ROLES.reincarnation().index() + ":wake(i0)"), s.tokens().toString());
    }

    /** mod.rs L1216-1336: after a commit, a successor only if the re-read instance still needs an update. */
    @Test
    void finishChainsOnlyWhenTheActiveVmmIsTerminal() {
        Step<Stateless> still = step(Step.db(VmmState.DESTROYED, 7, false), SagaStage.FINISH,
                new SagaRead(3, V1, VmmState.FAILED), Role.NONE);
        assertEquals(List.of(ROLES.saga().index() + ":start(i0)"), still.tokens());
        Step<Stateless> done = step(Step.db(VmmState.STOPPING, 6, false), SagaStage.FINISH,
                new SagaRead(3, V1, VmmState.FAILED), Role.NONE);
        assertEquals(List.of(), done.tokens());
    }

    /** datastore/vmm.rs L80-108: soft-delete only a destroyable row that is not deleted yet (departure 6). */
    @Test
    void softDeleteRequiresADestroyableRow() {
        Db live = Step.db(VmmState.STOPPING, 6, false);
        Db.Deleted kept = live.markDeleted(V1);
        assertFalse(kept.deleted());
        assertEquals(live, kept.db());
        Db.Deleted gone = Step.db(VmmState.DESTROYED, 7, false).markDeleted(V1);
        assertTrue(gone.deleted());
        assertTrue(gone.db().vmm(V1).deleted());
        assertFalse(gone.db().markDeleted(V1).deleted(), "deleted once only");
    }

    /** start.rs L151-163: a saga that finds the lock held ends at once and answers its waiter; else it locks and reads. */
    @Test
    void startLocksOrEndsAtOnce() {
        Step<Stateless> locked = Step.run(SAGA, ROLES.saga(), Stateless.STATELESS, Step.db(VmmState.DESTROYED, 7, true),
                ROLES.watcher(), new Msg.StartSaga(I0, Role.WATCHER));
        assertTrue(locked.db().instance(I0).locked());
        assertEquals(List.of(ROLES.watcher().index() + ":saga-done(i0)"), locked.tokens());
        Step<Stateless> free = Step.run(SAGA, ROLES.saga(), Stateless.STATELESS, Step.db(VmmState.DESTROYED, 7, false),
                ROLES.watcher(), new Msg.StartSaga(I0, Role.WATCHER));
        assertTrue(free.db().instance(I0).locked());
        assertEquals(List.of(ROLES.saga().index() + ":read(i0)"), free.tokens());
    }

    /** start.rs L170-173, mod.rs L506-719: only a terminal active VMM needs an update; else unlock. */
    @Test
    void readCommitsOnlyATerminalActiveVmm() {
        assertEquals(List.of(ROLES.saga().index() + ":commit(i0)"),
                step(Step.db(VmmState.DESTROYED, 7, true), SagaStage.READ, null, Role.NONE).tokens());
        assertEquals(List.of(ROLES.saga().index() + ":unlock(i0)"),
                step(Step.db(VmmState.STOPPING, 6, true), SagaStage.READ, null, Role.NONE).tokens());
        Db none = Step.db(VmmState.DESTROYED, 7, true);
        none = none.with(new dev.sledcheck.model.omicron.nexus.InstanceRow(I0, 4, null, false,
                dev.sledcheck.model.omicron.nexus.Intended.RUNNING, true, false, true));
        assertEquals(List.of(ROLES.saga().index() + ":unlock(i0)"), step(none, SagaStage.READ, null, Role.NONE).tokens());
    }

    /** instance_commit_update: the commit raises the instance gen by one (the seed's [10833]: gen 4). */
    @Test
    void commitRaisesTheInstanceGen() {
        Step<Stateless> s = step(Step.db(VmmState.DESTROYED, 7, true), SagaStage.COMMIT,
                new SagaRead(3, V1, VmmState.DESTROYED), Role.NONE);
        assertEquals(4, s.db().instance(I0).gen());
        assertFalse(s.db().instance(I0).locked());
    }

    /** Reincarnation is only activated when auto-restart is on. */
    @Test
    void noActivationWithoutTheRestartPolicy() {
        Saga noRestart = new Saga(ROLES, false);
        Step<Stateless> s = Step.run(noRestart, ROLES.saga(), Stateless.STATELESS, Step.db(VmmState.FAILED, 7, true),
                ROLES.saga(), new Msg.SagaStep(I0, SagaStage.COMMIT, new SagaRead(3, V1, VmmState.FAILED), Role.NONE));
        assertTrue(s.db().instance(I0).failed());
        assertFalse(s.sends(Msg.Wake.class));
    }

    /** destroyed.rs L104-127: the soft-delete step deletes the committed VMM's row, then the saga finishes. */
    @Test
    void softDeleteStepDeletesTheRowThenFinishes() {
        Step<Stateless> s = step(Step.db(VmmState.DESTROYED, 7, false), SagaStage.SOFT_DELETE,
                new SagaRead(3, V1, VmmState.DESTROYED), Role.USER);
        assertTrue(s.db().vmm(V1).deleted());
        assertEquals(List.of(ROLES.saga().index() + ":finish(i0)"), s.tokens());
    }

    /** mod.rs L1216-1336: the finishing saga answers whoever waits for it. */
    @Test
    void finishAnswersTheWaiter() {
        Step<Stateless> s = step(Step.db(VmmState.STOPPING, 6, false), SagaStage.FINISH,
                new SagaRead(3, V1, VmmState.DESTROYED), Role.USER);
        assertEquals(List.of(ROLES.user().index() + ":saga-done(i0)"), s.tokens());
    }
}
