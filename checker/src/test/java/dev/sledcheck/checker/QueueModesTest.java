package dev.sledcheck.checker;

import static dev.sledcheck.checker.Checks.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.app.OmicronCheck;
import dev.sledcheck.examples.DieHard;
import dev.sledcheck.examples.TwoPhase;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.Options;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.model.omicron.fault.FaultKind;
import dev.sledcheck.model.omicron.fault.FaultPlan;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Stats;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How the queue holds states never changes a result: packed, packed and spilled to disk at every
 * block, or as objects, on one thread or two, the counts, verdicts and runs are the same; only the
 * store's description (which states the queue's bytes) differs.
 */
class QueueModesTest {

    private static final FrontierOptions OBJECTS = new FrontierOptions(FrontierOptions.Mode.OBJECTS, 0);
    private static final FrontierOptions PACKED = new FrontierOptions(FrontierOptions.Mode.PACKED, 0);
    /** One byte of memory: every block goes to disk as soon as it is full. */
    private static final FrontierOptions SPILLED = new FrontierOptions(FrontierOptions.Mode.PACKED, 1);

    @Test
    void omicronFindsTheSameWithEveryQueue() {
        // Every reduction, so that levels are wide enough to be split among threads yet the test quick.
        Configuration c = new Configuration(Scenario.SCALE,
                Options.defaults(Scenario.SCALE).withInstances(2).withPasses(1).withUserStop(true),
                Variant.byName("sim-bug").orElseThrow());
        SearchOptions o = SearchOptions.defaults().withStore(StoreMode.FINGERPRINT).withThreads(1);
        List<String> all = List.of("all");
        CheckResult objects = OmicronCheck.run(c, o.withFrontier(OBJECTS), all);
        for (FrontierOptions f : List.of(PACKED, SPILLED)) {
            for (int threads : new int[] {1, 2}) {
                CheckResult packed = OmicronCheck.run(c, o.withFrontier(f).withThreads(threads), all);
                assertEquals(sameQueue(objects), sameQueue(packed), f + ", " + threads + " threads");
                assertTrue(packed.stats().dedup().contains("packed queue"), packed.stats().dedup());
            }
        }
        assertTrue(!objects.stats().dedup().contains("queue"), objects.stats().dedup());
    }

    @Test
    void faultsPackToo() {
        // Two faults of every kind: the injector's state and the notices' envelopes go through the queue.
        Configuration c = new Configuration(Scenario.SEED_7282,
                Options.defaults(Scenario.SEED_7282).withFaults(new FaultPlan(Set.of(FaultKind.values()), 2)),
                Variant.byName("head").orElseThrow());
        SearchOptions o = SearchOptions.defaults().withStore(StoreMode.FINGERPRINT).withThreads(2);
        List<String> all = List.of("all");
        assertEquals(sameQueue(OmicronCheck.run(c, o.withFrontier(OBJECTS), all)),
                sameQueue(OmicronCheck.run(c, o.withFrontier(SPILLED), all)));
    }

    @Test
    void genericModelsFindTheSameWithEveryQueue() {
        SearchOptions o = SearchOptions.defaults().withStore(StoreMode.FINGERPRINT);
        assertEquals(sameQueue(check(TwoPhase.of(4), o.withFrontier(OBJECTS))),
                sameQueue(check(TwoPhase.of(4), o.withFrontier(SPILLED))));
        assertEquals(sameQueue(check(new DieHard(), o.withFrontier(OBJECTS))),
                sameQueue(check(new DieHard(), o.withFrontier(SPILLED))));
    }

    @Test
    void theDefaultQueuePacksOnlyWideLevelsAndOnlyWhenTheStoreKeepsFingerprints() {
        SearchOptions prints = SearchOptions.defaults().withStore(StoreMode.FINGERPRINT);
        // Levels of two-phase commit are a few dozen states: as objects, far from crowding the heap.
        assertTrue(!check(TwoPhase.of(3), prints).stats().dedup().contains("queue"));
        // A budget that 16 states' objects would fill a quarter of: every level from 16 states on packs.
        long tight = 16 * 4 * Queues.OBJECT_BYTES;
        assertEquals(16, Queues.autoWidth(prints.withMaxMemory(tight)));
        var queue = Queues.of(TwoPhase.of(3), prints.withMaxMemory(tight));
        assertTrue(queue.packs(16) && !queue.packs(15));
        assertTrue(!Queues.of(TwoPhase.of(3), prints.withStore(StoreMode.EXACT).withMaxMemory(tight)).packs(16),
                "whole states are held by the store anyway");
        assertTrue(!Queues.of(TwoPhase.of(3), prints.withFrontier(OBJECTS)).packs(Long.MAX_VALUE));
        assertTrue(check(TwoPhase.of(3), prints.withFrontier(PACKED)).stats().dedup().contains("packed queue"));
    }

    private static CheckResult sameQueue(CheckResult r) {
        Stats s = Checks.withoutSeconds(r).stats();
        String store = s.dedup().replaceAll(", (packed queue, )?[0-9.]+ bytes/state.*", "");
        Stats plain = new Stats(s.search(), store, s.states(), s.transitions(), s.maxDepth(), s.complete(), s.limit(), 0);
        return new CheckResult(r.subject(), r.bounds(), plain, r.verdicts());
    }
}
