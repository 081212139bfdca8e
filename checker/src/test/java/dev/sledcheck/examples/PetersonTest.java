package dev.sledcheck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.checker.Checker;
import dev.sledcheck.checker.Replay;
import dev.sledcheck.checker.ReplayResult;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.checker.Strategy;
import dev.sledcheck.examples.Peterson.Pc;
import dev.sledcheck.examples.Peterson.Variant;
import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Status;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Peterson's algorithm and its broken LockOne. The counts are cross-checked twice: every variant's
 * by {@link PetersonByHand}, a second encoding of the algorithm that shares no code with the model;
 * and the atomic-await variant's by TLC's figures for the same spec in tlaplus/Examples
 * ({@code specifications/locks_auxiliary_vars/manifest.json}: 42 distinct states, 77 generated,
 * depth 11; TLC counts the initial state among the generated ones and among the depth's states).
 */
class PetersonTest {

    private static CheckResult check(Variant variant, Strategy strategy) {
        return Checker.of(new Peterson(variant)).options(SearchOptions.defaults().withStrategy(strategy)).run();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({
        "SPLIT_READS, BFS, 58, 116, 11",
        "SPLIT_READS, DFS, 58, 116, 33",
        "ATOMIC_AWAIT, BFS, 42, 76, 10",
        "ATOMIC_AWAIT, DFS, 42, 76, 26",
        "LOCK_ONE, BFS, 21, 36, 6",
        "LOCK_ONE, DFS, 21, 36, 16",
    })
    void pinsTheCounts(Variant variant, Strategy strategy, long states, long transitions, int depth) {
        CheckResult result = check(variant, strategy);

        assertEquals(states, result.stats().states());
        assertEquals(transitions, result.stats().transitions());
        assertEquals(depth, result.stats().maxDepth());
        assertTrue(result.stats().complete());
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void aSecondEncodingCountsTheSame(Variant variant) {
        CheckResult result = check(variant, Strategy.BFS);
        PetersonByHand.Counts byHand = PetersonByHand.explore(variant.name());

        assertEquals(byHand.states(), result.stats().states());
        assertEquals(byHand.transitions(), result.stats().transitions());
        assertEquals(byHand.depth(), result.stats().maxDepth());
        assertEquals(byHand.bothCritical() == 0, status(result, "MutualExclusion") == Status.SAFE);
        assertEquals(byHand.deadlocks() == 0, status(result, "NoDeadlock") == Status.SAFE);
    }

    @Test
    void theAtomicAwaitMatchesTlc() {
        CheckResult result = check(Variant.ATOMIC_AWAIT, Strategy.BFS);

        assertEquals(42, result.stats().states());
        assertEquals(77, 1 + result.stats().transitions());
        assertEquals(11, 1 + result.stats().maxDepth());
    }

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"SPLIT_READS", "ATOMIC_AWAIT"})
    void petersonIsSafeAndNeverStuck(Variant variant) {
        CheckResult result = check(variant, Strategy.BFS);

        assertEquals(Status.SAFE, status(result, "MutualExclusion"));
        assertEquals(Status.SAFE, status(result, "NoDeadlock"));
        // Not vacuous: a process does get in, after a0, a1, a2 and the wait.
        assertEquals(Status.REACHED, status(result, "EntersCritical"));
        assertEquals(4, result.verdict("EntersCritical").run().length());
    }

    /** Both raise their flags, then each waits for the other's to come down. */
    @Test
    void lockOneDeadlocksInFourSteps() {
        CheckResult result = check(Variant.LOCK_ONE, Strategy.BFS);

        assertEquals(Status.SAFE, status(result, "MutualExclusion"));
        assertEquals(Status.VIOLATED, status(result, "NoDeadlock"));
        Run run = result.verdict("NoDeadlock").run();
        assertEquals(4, run.length());
        assertEquals("a0(0);a1(0);a0(1);a1(1)", run.schedule());
        assertEquals(List.of("P0", "P0", "P1", "P1"), run.steps().stream().map(s -> s.actor()).toList());
        assertEquals(List.of("NoDeadlock"), run.steps().get(3).breaks());
        // LockOne has no turn, so the state shows none.
        assertEquals(List.of(new Facet("P0", "a3"), new Facet("P1", "a3"), new Facet("flag", "[true, true]")),
                run.steps().get(3).after());
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void theDeadlockReplays(Strategy strategy) {
        Peterson model = new Peterson(Variant.LOCK_ONE);
        Run found = check(Variant.LOCK_ONE, strategy).verdict("NoDeadlock").run();

        ReplayResult<Peterson.State> replayed = Replay.replay(model, found.schedule());

        assertEquals(found, replayed.run());
        assertEquals(List.of("NoDeadlock"), replayed.broken());
        Peterson.State end = replayed.finalState();
        assertEquals(new Peterson.State(Pc.A3, Pc.A3, true, true, 0), end);
    }

    @Test
    void stepsSayWhatTheyRead() {
        Peterson model = new Peterson(Variant.SPLIT_READS);
        Run run = Replay.replay(model, "a0(0);a1(0);a2(0);a0(1);a1(1);a3a(0);a3b(0)").run();

        assertEquals(List.of("leaves the noncritical section", "raises flag[0]", "sets turn to 1, deferring",
                "leaves the noncritical section", "raises flag[1]", "reads flag[1] = true, checks turn",
                "reads turn = 1, waits"), run.steps().stream().map(s -> s.text()).toList());
    }

    private static Status status(CheckResult result, String property) {
        return result.verdict(property).status();
    }
}
