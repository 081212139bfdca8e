package dev.sledcheck.checker;

import static dev.sledcheck.checker.Checks.breaks;
import static dev.sledcheck.checker.Checks.check;
import static dev.sledcheck.checker.Checks.run;
import static dev.sledcheck.checker.Checks.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.examples.TwoPhase;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Status;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Two-phase commit whose TM commits once any RM has prepared: the checker must catch it. */
class EagerCommitTest {

    private static final String SHORTEST =
            "RMPrepare(0);TMRcvPrepared(0);TMCommit;RMRcvCommitMsg(0);RMChooseToAbort(1)";

    @Test
    void breadthFirstFindsAShortestInconsistency() {
        CheckResult result = check(TwoPhase.eagerCommit(3), Strategy.BFS);

        assertEquals(Status.VIOLATED, status(result, "TCConsistent"));
        Run run = run(result, "TCConsistent");
        assertEquals(SHORTEST, run.schedule());
        assertEquals(List.of(List.of(), List.of(), List.of(), List.of(), List.of("TCConsistent")), breaks(run));
        assertEquals("RM1", run.steps().get(4).actor());
        // The other properties are decided on their own, and the search still covers everything.
        assertEquals(Status.SAFE, status(result, "MsgsOnlyGrow"));
        assertEquals(Status.REACHED, status(result, "AllCommitted"));
        assertEquals(498, result.stats().states());
        assertTrue(result.stats().complete());
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void theCounterexampleReplaysToTheSameBreak(Strategy strategy) {
        TwoPhase model = TwoPhase.eagerCommit(3);
        Run found = run(check(model, strategy), "TCConsistent");

        ReplayResult<TwoPhase.State> replayed = Replay.replay(model, found.schedule());

        assertEquals(found, replayed.run());
        assertEquals(List.of("TCConsistent"), replayed.broken());
        TwoPhase.State end = replayed.finalState();
        assertEquals(TwoPhase.TmState.COMMITTED, end.tmState());
    }

    @Test
    void depthFirstFindsItTooButNoShorter() {
        Run bfs = run(check(TwoPhase.eagerCommit(3), Strategy.BFS), "TCConsistent");
        Run dfs = run(check(TwoPhase.eagerCommit(3), Strategy.DFS), "TCConsistent");

        assertTrue(bfs.length() <= dfs.length(), bfs.length() + " > " + dfs.length());
        assertEquals(List.of("TCConsistent"), dfs.steps().get(dfs.length() - 1).breaks());
    }
}
