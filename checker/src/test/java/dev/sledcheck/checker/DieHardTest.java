package dev.sledcheck.checker;

import static dev.sledcheck.checker.Checks.check;
import static dev.sledcheck.checker.Checks.run;
import static dev.sledcheck.checker.Checks.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.examples.DieHard;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class DieHardTest {

    @Test
    void fourGallonsTakeSixPoursAtLeast() {
        CheckResult result = check(new DieHard(), Strategy.BFS);

        assertEquals(Status.REACHED, status(result, "BigHasFour"));
        Run witness = run(result, "BigHasFour");
        assertEquals(6, witness.length());
        assertEquals("FillBig;BigToSmall;EmptySmall;BigToSmall;FillBig;BigToSmall", witness.schedule());
        // A witness is good news: nothing on it is marked broken.
        assertTrue(witness.steps().stream().allMatch(step -> step.breaks().isEmpty()));
    }

    @Test
    void theJugsNeverOverflowInAnyOfTheirSixteenStates() {
        CheckResult result = check(new DieHard(), Strategy.BFS);

        assertEquals(Status.SAFE, status(result, "TypeOK"));
        assertEquals(16, result.stats().states());
        // Six actions, always enabled, from each state.
        assertEquals(16 * 6, result.stats().transitions());
    }

    @Test
    void theWitnessReplaysToFourGallons() {
        String schedule = run(check(new DieHard(), Strategy.BFS), "BigHasFour").schedule();

        ReplayResult<DieHard.Jugs> replayed = Replay.replay(new DieHard(), schedule);

        assertEquals(new DieHard.Jugs(3, 4), replayed.finalState());
        assertEquals(List.of(), replayed.broken());
    }
}
