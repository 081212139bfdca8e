package dev.sledcheck.checker;

import static dev.sledcheck.checker.Checks.check;
import static dev.sledcheck.checker.Checks.run;
import static dev.sledcheck.checker.Checks.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.examples.TwoPhase;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The TwoPhase spec as published. The distinct-state counts are TLC's (288 for 3 RMs) and
 * Stateright's (288 and 8,832 for 3 and 5 RMs); 296,448 for 7 RMs is our own.
 */
class TwoPhaseTest {

    @ParameterizedTest(name = "{0} RMs, {1}")
    @CsvSource({
        "3, BFS, 288, 1145",
        "3, DFS, 288, 1145",
        "5, BFS, 8832, 58145",
        "5, DFS, 8832, 58145",
        "7, BFS, 296448, 2744705",
    })
    void exploresTheWholeSpaceAndFindsItConsistent(int rms, Strategy strategy, long states, long transitions) {
        CheckResult result = check(TwoPhase.of(rms), strategy);

        assertEquals(states, result.stats().states());
        assertEquals(transitions, result.stats().transitions());
        assertTrue(result.stats().complete());
        assertEquals("", result.stats().limit());
        assertEquals(Status.SAFE, status(result, "TCConsistent"));
        assertEquals(Status.SAFE, status(result, "MsgsOnlyGrow"));
        assertEquals(Status.REACHED, status(result, "AllCommitted"));
        assertEquals(Status.REACHED, status(result, "AllAborted"));
    }

    @ParameterizedTest(name = "{0} RMs")
    @CsvSource({"3", "5"})
    void breadthFirstWitnessesAreShortest(int rms) {
        CheckResult result = check(TwoPhase.of(rms), Strategy.BFS);

        // Commit needs every RM to prepare, the TM to hear each, the decision, and every RM to hear it.
        assertEquals(3 * rms + 1, run(result, "AllCommitted").length());
        assertEquals(3 * rms + 1, result.stats().maxDepth());
        // Each RM may simply choose to abort.
        assertEquals(rms, run(result, "AllAborted").length());
    }
}
