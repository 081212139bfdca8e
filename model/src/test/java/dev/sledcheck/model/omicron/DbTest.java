package dev.sledcheck.model.omicron;

import static dev.sledcheck.model.omicron.Step.I0;
import static dev.sledcheck.model.omicron.Step.V1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.omicron.nexus.Db;
import dev.sledcheck.model.omicron.nexus.InstanceRow;
import dev.sledcheck.model.omicron.nexus.Intended;
import dev.sledcheck.model.omicron.nexus.VmmRow;
import dev.sledcheck.model.omicron.nexus.WriteOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Nexus's store: the conditional write and the soft-delete (omicron datastore/vmm.rs
 * {@code vmm_update_runtime_on_connection} L160-174, {@code vmm_mark_deleted} L80-108
 * @d337333577c5), and rows found by id among several (the seed has one instance; scale has more).
 */
class DbTest {

    private static final InstanceId I1 = new InstanceId(1);
    private static final VmmId V2 = new VmmId(2);

    private static Db two() {
        return new Db(List.of(new VmmRow(V1, I0, VmmState.STOPPING, 6, false), new VmmRow(V2, I1, VmmState.RUNNING, 4, false)),
                List.of(new InstanceRow(I0, 3, V1, false, Intended.RUNNING, false, false, false),
                        new InstanceRow(I1, 3, V2, false, Intended.RUNNING, false, false, false)));
    }

    /** A soft-deleted row takes no write, whatever its gen. */
    @Test
    void aSoftDeletedRowTakesNoWrite() {
        Db deleted = Step.db(VmmState.DESTROYED, 7, false).markDeleted(V1).db();
        Db.Written w = deleted.writeVmm(Writer.USER_STOP, V1, VmmState.FAILED, 8, GenCheck.STRICT);
        assertEquals(WriteOutcome.DROPPED_DELETED, w.write().outcome());
        assertEquals(deleted, w.db());
        assertEquals(WriteOutcome.DROPPED_DELETED,
                deleted.writeVmm(Writer.NEXUS, V1, VmmState.FAILED, 8, GenCheck.NONE).write().outcome());
    }

    /** The strict check: a higher gen lands, an equal one is dropped as stale. */
    @Test
    void theStrictCheckAdmitsOnlyAHigherGen() {
        Db db = Step.db(VmmState.STOPPING, 6, false);
        Db.Written landed = db.writeVmm(Writer.WATCHER, V1, VmmState.FAILED, 7, GenCheck.STRICT);
        assertEquals(WriteOutcome.LANDED, landed.write().outcome());
        assertEquals(new VmmRow(V1, I0, VmmState.FAILED, 7, false), landed.db().vmm(V1));
        assertEquals(WriteOutcome.DROPPED_STALE,
                db.writeVmm(Writer.WATCHER, V1, VmmState.FAILED, 6, GenCheck.STRICT).write().outcome());
    }

    /** Destroyed, Failed and SagaUnwound rows are destroyable; a live row is not. */
    @Test
    void destroyableRowsAreSoftDeleted() {
        for (VmmState s : VmmState.values()) {
            boolean destroyable = s == VmmState.DESTROYED || s == VmmState.FAILED || s == VmmState.SAGA_UNWOUND;
            assertEquals(destroyable, Step.db(s, 7, false).markDeleted(V1).deleted(), s.name());
        }
    }

    /** Rows are found by id, replaced in place, and a new VMM row keeps the table sorted by id. */
    @Test
    void rowsAreFoundByIdAmongSeveral() {
        Db db = two();
        assertEquals(I1, db.instance(I1).id());
        assertEquals(V2, db.activeVmm(I1).id());
        InstanceRow locked = new InstanceRow(I1, 3, V2, false, Intended.RUNNING, true, false, false);
        Db after = db.with(locked);
        assertEquals(locked, after.instance(I1));
        assertFalse(after.instance(I0).locked());
        assertThrows(IllegalArgumentException.class,
                () -> db.with(new InstanceRow(new InstanceId(9), 1, null, false, Intended.RUNNING, false, false, false)));
        Db first = new Db(List.of(new VmmRow(V2, I1, VmmState.RUNNING, 4, false)), db.instances())
                .with(new VmmRow(V1, I0, VmmState.CREATING, 1, false));
        assertEquals(List.of(V1, V2), first.vmms().stream().map(VmmRow::id).toList());
        assertEquals(new VmmId(3), db.freshVmmId());
        assertTrue(db.with(new VmmRow(V2, I1, VmmState.STOPPING, 5, false)).vmm(V2).state() == VmmState.STOPPING);
    }
}
