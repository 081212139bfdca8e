package dev.sledcheck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.checker.Checker;
import dev.sledcheck.checker.Replay;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.examples.Peterson.Variant;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.WithFairness;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Verdict;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Starvation freedom, the textbook liveness property: Peterson's algorithm has it when both
 * processes are weakly fair, loses it when only P0 is (P1 may stop for ever with its flag up,
 * before it defers, while P0 spins), and when neither is; LockOne loses it on a finite run, its deadlock.
 */
class PetersonLivenessTest {

    private static Verdict noStarvation(Model<Peterson.State, Peterson.Step> m) {
        return Checker.of(m).options(SearchOptions.defaults().withThreads(1)).run().verdict("NoStarvation");
    }

    private static Model<Peterson.State, Peterson.Step> fair(Variant v, String... actors) {
        return new WithFairness<>(new Peterson(v, true), Set.of(actors));
    }

    @Test
    void bothProcessesFairMeansNoStarvation() {
        assertEquals(Set.of("P0", "P1"), new Peterson(Variant.SPLIT_READS, true).fairActors());
        assertEquals(Status.SAFE, noStarvation(new Peterson(Variant.SPLIT_READS, true)).status());
        assertEquals(Status.SAFE, noStarvation(new Peterson(Variant.ATOMIC_AWAIT, true)).status());
    }

    @Test
    void fairOnlyToP0ItSpinsWhileP1NeverDefers() {
        Run run = noStarvation(fair(Variant.SPLIT_READS, "P0")).run();
        assertEquals("a0(0);a1(0);a2(0);a0(1);a1(1);a3a(0);a3b(0)", run.schedule());
        assertEquals(6, run.cycleFrom(), "P0 reads flag[1] and turn = 1 again and again; P1 sits at a2");
        assertTrue(Replay.replay(fair(Variant.SPLIT_READS, "P0"), run.schedule()).broken().contains("NoStarvation"));
        assertFalse(Replay.replay(new Peterson(Variant.SPLIT_READS, true), run.schedule()).broken()
                .contains("NoStarvation"), "P1 could move in cs all along: fair to it, the run is no counterexample");
    }

    @Test
    void withoutFairnessP1RunsRoundWhileP0Waits() {
        Verdict v = noStarvation(fair(Variant.SPLIT_READS));
        assertEquals(Status.VIOLATED, v.status());
        assertTrue(v.run().lasso(), v.run().schedule());
    }

    @Test
    void lockOneStarvesOnAFiniteRunItsDeadlock() {
        Run run = noStarvation(new Peterson(Variant.LOCK_ONE, true)).run();
        assertEquals("a0(0);a1(0);a0(1);a1(1)", run.schedule());
        assertFalse(run.lasso());
    }
}
