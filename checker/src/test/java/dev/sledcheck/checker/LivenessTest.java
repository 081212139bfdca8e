package dev.sledcheck.checker;

import static dev.sledcheck.checker.Moves.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Liveness on small graphs with known answers: which cycles break "eventually" with and without
 * fairness, and the exact lasso each counterexample is.
 */
class LivenessTest {

    private static final Property<Integer, Moves.Step> DONE =
            Property.inevitably("Done", "every run reaches node 9", s -> s == 9);

    private static Verdict done(Moves m) {
        return Checks.check(m, SearchOptions.defaults().withThreads(1)).verdict("Done");
    }

    /** At 0 a spinner can go round for ever; the worker can finish at any moment. */
    private static final Moves STARVE = new Moves(List.of(0),
            Map.of(0, List.of(step("spin", 0), step("worker", 9))), Set.of(), List.of(DONE));

    @Test
    void anUnfairSchedulerStarvesTheWorkerAndFairnessForbidsIt() {
        Verdict unfair = done(STARVE);
        assertEquals(Status.VIOLATED, unfair.status());
        assertEquals("spin:0", unfair.run().schedule());
        assertEquals(1, unfair.run().cycleFrom(), "the whole run is the cycle");
        assertEquals(List.of("Done"), unfair.run().steps().get(0).breaks());

        assertEquals(Status.SAFE, done(STARVE.fair("worker")).status(), "the worker can always move: it must, some time");
        assertEquals(Status.VIOLATED, done(STARVE.fair("spin")).status(), "fair to the spinner only: it spins");
        assertEquals(Status.SAFE, done(STARVE.fair("spin", "worker")).status());
    }

    /** 0 and 1 alternate; the worker can finish only from 0, so it is not always able to. */
    @Test
    void aFairActorThatCannotMoveOnTheCycleDoesNotSaveIt() {
        Moves m = new Moves(List.of(0), Map.of(
                0, List.of(step("a", 1), step("worker", 9)),
                1, List.of(step("b", 0))), Set.of("worker"), List.of(DONE));
        Verdict v = done(m);
        assertEquals(Status.VIOLATED, v.status());
        assertEquals("a:1;b:0", v.run().schedule(), "the cycle passes 1, where the worker cannot move");
        assertEquals(1, v.run().cycleFrom());
        assertEquals(v, done(m.fair("worker", "b")), "b moves on the cycle: its fairness changes nothing");
    }

    /** Fairness is per actor: an actor that moves, but never the way out, is treated fairly. */
    @Test
    void aFairActorWhoseStepsDoNotHelpDoesNotSaveIt() {
        Moves m = new Moves(List.of(0), Map.of(
                0, List.of(step("worker", 1), step("worker", 9)),
                1, List.of(step("worker", 0))), Set.of("worker"), List.of(DONE));
        Verdict v = done(m);
        assertEquals(Status.VIOLATED, v.status());
        assertEquals("worker:1;worker:0", v.run().schedule());
    }

    @Test
    void aDeadEndShortOfTheTargetBreaksItAsEventuallyDoes() {
        Moves m = new Moves(List.of(0), Map.of(0, List.of(step("a", 1), step("a", 3)), 1, List.of(step("a", 9))),
                Set.of("a"), List.of(DONE, Property.eventually("DoneFinite", "every finite run reaches 9", s -> s == 9)));
        CheckResult r = Checks.check(m, SearchOptions.defaults().withThreads(1));
        Verdict v = r.verdict("Done");
        assertEquals(Status.VIOLATED, v.status());
        assertEquals("a:3", v.run().schedule());
        assertEquals(0, v.run().cycleFrom(), "a finite run: no cycle");
        assertEquals(v.run().schedule(), r.verdict("DoneFinite").run().schedule(), "the same run as eventually's");
    }

    /** x and y can move in each of 0, 1, 2 and reach each other; z can leave for the target from 0 and 1, not 2. */
    private static final Moves SEVERAL = new Moves(List.of(0), Map.of(
            0, List.of(step("x", 1), step("y", 2), step("z", 9)),
            1, List.of(step("x", 0), step("y", 2), step("z", 9)),
            2, List.of(step("x", 1), step("y", 0))), Set.of(), List.of(DONE));

    @Test
    void theCycleServesEveryFairActor() {
        Verdict xy = done(SEVERAL.fair("x", "y"));
        assertEquals(Status.VIOLATED, xy.status());
        assertEquals("x:1;y:2;y:0", xy.run().schedule(), "x's step, then y's, then home");
        assertEquals(1, xy.run().cycleFrom());
        assertEquals("x:1;x:0", done(SEVERAL.fair("x")).run().schedule(), "only x owed: the shortest cycle with its step");
        assertEquals("y:2;y:0", done(SEVERAL.fair("y")).run().schedule());
        Verdict xyz = done(SEVERAL.fair("x", "y", "z"));
        assertEquals(Status.VIOLATED, xyz.status(), "z cannot move at 2, which the cycle passes");
        assertEquals("x:1;y:2;y:0", xyz.run().schedule());
        Moves everywhere = new Moves(List.of(0), Map.of(
                0, List.of(step("x", 1), step("y", 2), step("z", 9)),
                1, List.of(step("x", 0), step("y", 2), step("z", 9)),
                2, List.of(step("x", 1), step("y", 0), step("z", 9))), Set.of("x", "y", "z"), List.of(DONE));
        assertEquals(Status.SAFE, done(everywhere).status(), "z can always move, so a fair run takes it out");
        assertEquals(Status.VIOLATED, done(everywhere.fair("x", "y")).status());
    }

    /** A leads-to: the obligation is raised at 1, after a step; before it, nothing is owed. */
    @Test
    void aLassoHasAStemAndACycle() {
        Moves m = new Moves(List.of(0), Map.of(
                0, List.of(step("a", 0), step("a", 1)),
                1, List.of(step("spin", 2), step("worker", 9)),
                2, List.of(step("spin", 1), step("worker", 9)),
                9, List.of(step("a", 0))), Set.of(),
                List.of(Property.leadsTo("Answered", "a request at 1 is answered at 9", s -> s == 1, s -> s == 9)));
        Verdict v = Checks.check(m, SearchOptions.defaults().withThreads(1)).verdict("Answered");
        assertEquals(Status.VIOLATED, v.status());
        assertEquals("a:1;spin:2;spin:1", v.run().schedule(), "the cycle at 0 owes nothing: the stem leaves it");
        assertEquals(2, v.run().cycleFrom());
        assertEquals(Status.SAFE, Checks.check(m.fair("spin", "worker"), SearchOptions.defaults()).verdict("Answered").status(),
                "0's own cycle is fine: nothing was asked there");
    }

    @Test
    void bfsAndDfsAndThreadsGiveTheSameLasso() {
        Moves m = SEVERAL.fair("x", "y");
        Verdict bfs = Checks.check(m, SearchOptions.defaults().withThreads(1)).verdict("Done");
        for (SearchOptions o : List.of(SearchOptions.defaults().withThreads(4),
                SearchOptions.defaults().withStrategy(Strategy.DFS).withThreads(1))) {
            assertEquals(bfs, Checks.check(m, o).verdict("Done"), o.toString());
        }
    }

    /** A chain 100 -> 101 -> ... -> 120 whose end spins: found only by a search that gets there. */
    @Test
    void aCutSearchIsIncompleteUnlessItAlreadyFoundALasso() {
        Map<Integer, List<Moves.Step>> chain = new java.util.HashMap<>();
        for (int i = 100; i < 120; i++) {
            chain.put(i, List.of(step("a", i + 1)));
        }
        chain.put(120, List.of(step("a", 120)));
        Moves m = new Moves(List.of(100), chain, Set.of(), List.of(DONE));
        CheckResult cut = Checks.check(m, SearchOptions.defaults().withMaxStates(10));
        assertEquals(Status.INCOMPLETE, cut.verdict("Done").status());
        assertNull(cut.verdict("Done").run());
        assertEquals("max-states 10", cut.stats().limit(), "the result names the limit that cut the liveness search");
        CheckResult whole = Checks.check(m, SearchOptions.defaults().withMaxStates(100));
        assertEquals(Status.VIOLATED, whole.verdict("Done").status());
        assertEquals(21, whole.verdict("Done").run().cycleFrom());
        Map<Integer, List<Moves.Step>> early = new java.util.HashMap<>(chain);
        early.put(100, List.of(step("a", 101), step("b", 100)));
        CheckResult found = Checks.check(new Moves(List.of(100), early, Set.of(), List.of(DONE)),
                SearchOptions.defaults().withMaxStates(10));
        assertEquals(Status.VIOLATED, found.verdict("Done").status(), "the cycle at 100 is real, whatever lies beyond");
        assertEquals("b:100", found.verdict("Done").run().schedule());
    }

    @Test
    void anUnknownFairActorIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> done(STARVE.fair("nobody")));
        assertEquals("unknown fair actor \"nobody\"; the model's actors: spin, worker", e.getMessage());
    }

    @Test
    void aLassoReplaysBrokenOnlyWhenItIsFairAndEndsWhereItsCycleBegan() {
        ReplayResult<Integer> lasso = Replay.replay(STARVE, "spin:0;spin:0");
        assertEquals(List.of("Done"), lasso.broken());
        assertEquals(2, lasso.run().cycleFrom(), "the latest repeat of the last state: the shortest cycle");
        assertEquals(List.of(), Replay.replay(STARVE.fair("worker"), "spin:0").broken(), "unfair to the worker");
        Run open = Replay.replay(SEVERAL, "x:1;y:2").run();
        assertEquals(0, open.cycleFrom(), "ends where it never was: it could go on");
        assertEquals(List.of(), Replay.replay(SEVERAL, "x:1;y:2").broken());
        assertEquals(List.of("Done"), Replay.replay(SEVERAL.fair("x", "y"), "x:1;y:2;y:0").broken());
        assertEquals(List.of(), Replay.replay(SEVERAL.fair("x", "y"), "x:1;x:0").broken(), "y can move at 0 and 1");
        assertEquals(List.of(), Replay.replay(SEVERAL, "z:9").broken(), "reached the target, a dead end");
    }
}
