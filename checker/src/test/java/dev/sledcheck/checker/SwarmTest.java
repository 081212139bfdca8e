package dev.sledcheck.checker;

import static dev.sledcheck.checker.Checks.check;
import static dev.sledcheck.checker.Checks.status;
import static dev.sledcheck.checker.Checks.withoutSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.examples.Graph;
import dev.sledcheck.examples.Peterson;
import dev.sledcheck.examples.TwoPhase;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Stats;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Verdict;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Swarm search: reproducible from its seed on any number of threads, sound in what it reports
 * (every run replays to its break; at-end judged only at real ends), and never a proof.
 */
class SwarmTest {

    private static SearchOptions swarm(long seed, int walks, int depth) {
        return SearchOptions.defaults().withStrategy(Strategy.SWARM).withWalks(new Walks(seed, walks, depth));
    }

    @Test
    void theSameSeedGivesTheSameResultOnAnyNumberOfThreads() {
        TwoPhase model = TwoPhase.eagerCommit(4);
        CheckResult one = withoutSeconds(check(model, swarm(7, 40, 30).withThreads(1)));
        assertEquals(one, withoutSeconds(check(model, swarm(7, 40, 30).withThreads(1))));
        assertEquals(one, withoutSeconds(check(model, swarm(7, 40, 30).withThreads(2))));
        assertEquals(one, withoutSeconds(check(model, swarm(7, 40, 30).withThreads(5))));
    }

    @Test
    void seedsWalkDifferently() {
        Set<String> runs = new HashSet<>();
        for (long seed = 1; seed <= 6; seed++) {
            runs.add(check(TwoPhase.eagerCommit(5), swarm(seed, 50, 40)).verdict("TCConsistent").run().schedule());
        }
        assertTrue(runs.size() > 1, "six seeds, one run: " + runs);
    }

    @Test
    void aPropertyItDoesNotBreakIsIncompleteNeverSafe() {
        CheckResult r = check(TwoPhase.of(3), swarm(1, 5, 50));
        for (Verdict v : r.verdicts()) {
            assertTrue(v.status() == Status.INCOMPLETE || v.status() == Status.REACHED, v.toString());
        }
        assertEquals(Status.INCOMPLETE, status(r, "TCConsistent"));
        assertFalse(r.stats().complete());
        assertEquals(Stats.walks(5, 50), r.stats().limit());
        assertEquals("5 walks of depth <= 50", r.stats().walksCovered());
        assertEquals(Stats.SWARM, r.stats().search());
    }

    @Test
    void itFindsTheBrokenExamplesAndEachRunReplaysToItsBreak() {
        CheckResult twoPhase = check(TwoPhase.eagerCommit(3), swarm(1, 100, 100));
        assertEquals(Status.VIOLATED, status(twoPhase, "TCConsistent"));
        assertEquals(List.of("TCConsistent"),
                Replay.replay(TwoPhase.eagerCommit(3), twoPhase.verdict("TCConsistent").run().schedule()).broken());

        Peterson lockOne = new Peterson(Peterson.Variant.LOCK_ONE);
        CheckResult peterson = check(lockOne, swarm(1, 100, 100));
        assertEquals(Status.VIOLATED, status(peterson, "NoDeadlock"));
        assertEquals(List.of("NoDeadlock"),
                Replay.replay(lockOne, peterson.verdict("NoDeadlock").run().schedule()).broken());
        assertEquals(Status.INCOMPLETE, status(peterson, "MutualExclusion"), "BFS proves it; swarm cannot");
    }

    @Test
    void eachRunShownIsTheShortestOfTheWalksMergedAndNoneIsLongerThanTheDepth() {
        // The walks one by one, merged as the swarm merges them: until every property has a run.
        TwoPhase model = TwoPhase.eagerCommit(5);
        int walks = 12;
        int depth = 25;
        Ledger<TwoPhase.State, TwoPhase.Action> ledger = new Ledger<>(model, Set.of());
        Budget budget = new Budget(SearchOptions.defaults(), System.nanoTime());
        int[] shortest = new int[ledger.size()];
        java.util.Arrays.fill(shortest, Integer.MAX_VALUE);
        for (int i = 0; i < walks && java.util.Arrays.stream(shortest).anyMatch(n -> n == Integer.MAX_VALUE); i++) {
            Walk.Found<TwoPhase.State, TwoPhase.Action> f =
                    Walk.run(model, ledger, null, depth, SplitMix.nth(3, i), budget, () -> false);
            for (int p = 0; p < shortest.length; p++) {
                Trail<TwoPhase.State, TwoPhase.Action> run = f.runs().get(p);
                if (run != null) {
                    assertTrue(run.moves().size() <= depth, run.moves().size() + " steps");
                    shortest[p] = Math.min(shortest[p], run.moves().size());
                }
            }
        }
        CheckResult r = check(model, swarm(3, walks, depth));
        assertEquals(Status.VIOLATED, status(r, "TCConsistent"));
        for (int p = 0; p < shortest.length; p++) {
            Verdict v = r.verdicts().get(p);
            assertEquals(shortest[p] == Integer.MAX_VALUE ? -1 : shortest[p], v.run() == null ? -1 : v.run().length(),
                    v.property());
        }
    }

    @Test
    void atEndIsJudgedOnlyWhereNoActionIsEnabledNotAtTheDepthBound() {
        // A chain 0 -> 1 -> ... -> 10: the only end is 10.
        Map<Integer, List<Integer>> edges = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            edges.put(i, List.of(i + 1));
        }
        Graph chain = new Graph(List.of(0), edges, List.of(
                Property.atEnd("NeverEnds", "no state is an end", n -> false),
                Property.eventually("PassesFive", "every run passes 5", n -> n == 5)));

        CheckResult shallow = check(chain, swarm(1, 3, 4));
        assertEquals(Status.INCOMPLETE, status(shallow, "NeverEnds"), "state 4 has an action: not an end");
        assertEquals(Status.INCOMPLETE, status(shallow, "PassesFive"));

        CheckResult deep = check(chain, swarm(1, 3, 10));
        assertEquals(Status.VIOLATED, status(deep, "NeverEnds"));
        assertEquals(10, deep.verdict("NeverEnds").run().length());
        assertEquals(Status.INCOMPLETE, status(deep, "PassesFive"), "every run passes 5: nothing to find");
    }

    @Test
    void eventuallyIsBrokenByARunToAnEndThatNeverPassedIt() {
        Graph fork = new Graph(List.of(0), Map.of(0, List.of(1, 3), 1, List.of(2), 3, List.of(4)),
                List.of(Property.eventually("ReachesTwo", "every finished run passes 2", n -> n == 2)));
        CheckResult r = check(fork, swarm(1, 20, 10));
        assertEquals(Status.VIOLATED, status(r, "ReachesTwo"));
        assertEquals("to3;to4", r.verdict("ReachesTwo").run().schedule());
    }

    @Test
    void aSwarmTakesNoStateLimit() {
        assertThrows(IllegalArgumentException.class, () -> swarm(1, 1, 1).withMaxStates(10));
        assertThrows(IllegalArgumentException.class, () -> new Walks(1, 0, 5));
        assertThrows(IllegalArgumentException.class, () -> new Walks(1, 5, 0));
    }

    @Test
    void underReductionsTheRunIsOneOfTheFullModel() {
        TwoPhase model = TwoPhase.eagerCommit(4);
        CheckResult r = Checker.of(model).options(swarm(2, 30, 40)).reductions(Reductions.named(model, List.of("symmetry"))).run();
        assertTrue(r.stats().dedup().endsWith("reduced by symmetry"), r.stats().dedup());
        assertEquals(List.of("TCConsistent"),
                Replay.replay(model, r.verdict("TCConsistent").run().schedule()).broken());
    }
}
