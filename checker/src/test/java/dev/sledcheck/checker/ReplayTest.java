package dev.sledcheck.checker;

import static dev.sledcheck.checker.Checks.breaks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.examples.Graph;
import dev.sledcheck.examples.SkipCounter;
import dev.sledcheck.examples.TwoPhase;
import dev.sledcheck.model.core.Property;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplayTest {

    @Test
    void anUnknownTokenNamesTheStepAndWhatWasEnabled() {
        ScheduleException e = assertThrows(ScheduleException.class,
                () -> Replay.replay(TwoPhase.of(3), "RMPrepare(0); Bogus; TMAbort"));

        assertEquals(2, e.step());
        assertEquals("step 2: \"Bogus\" is not enabled here; enabled: TMAbort, TMRcvPrepared(0), "
                + "RMPrepare(1), RMChooseToAbort(1), RMPrepare(2), RMChooseToAbort(2)", e.getMessage());
    }

    @Test
    void aTokenThatIsNotEnabledYetIsRejected() {
        // TMCommit exists in the model but needs every RM prepared first.
        ScheduleException e = assertThrows(ScheduleException.class,
                () -> Replay.replay(TwoPhase.of(2), "RMPrepare(0);TMCommit"));

        assertTrue(e.getMessage().startsWith("step 2: \"TMCommit\" is not enabled here"), e.getMessage());
    }

    @Test
    void stepsAfterADeadEndAreRejected() {
        ScheduleException e = assertThrows(ScheduleException.class,
                () -> Replay.replay(new SkipCounter(1), "Inc;Inc"));

        assertEquals("step 2: \"Inc\" is not enabled here; enabled: none (no action is enabled)", e.getMessage());
    }

    @Test
    void clashingTokensAreAModelBug() {
        Graph doubled = new Graph(List.of(0), Map.of(0, List.of(1, 1)), List.of());

        assertThrows(IllegalStateException.class, () -> Replay.replay(doubled, "to1"));
    }

    @Test
    void everyBreakIsRecordedOnItsStepIncludingTheEnd() {
        ReplayResult<Integer> result = Replay.replay(new SkipCounter(5), " Inc ; Skip;;Inc; Skip ");

        assertEquals("Inc;Skip;Inc;Skip", result.run().schedule());
        assertEquals(List.of(List.of(), List.of("OneAtATime"), List.of(), List.of("OneAtATime", "EndsAtGoal")),
                breaks(result.run()));
        assertEquals(List.of("OneAtATime", "EndsAtGoal"), result.broken());
        assertEquals(6, result.finalState());
    }

    @Test
    void aHarmlessScheduleBreaksNothing() {
        ReplayResult<TwoPhase.State> result = Replay.replay(TwoPhase.of(2), "RMChooseToAbort(0);TMAbort;RMRcvAbortMsg(1)");

        assertEquals(List.of(), result.broken());
        assertEquals(3, result.run().length());
        assertEquals(TwoPhase.RmState.ABORTED, result.finalState().rm(1));
    }

    @Test
    void breaksInTheInitialStateAreReportedWithoutSteps() {
        Graph bad = new Graph(List.of(0), Map.of(),
                List.of(Property.always("Positive", "the node is positive", n -> n > 0),
                        Property.atEnd("EndsHigh", "a dead end is above 9", n -> n > 9)));

        ReplayResult<Integer> result = Replay.replay(bad, "");

        assertEquals(0, result.run().length());
        assertEquals(List.of("Positive", "EndsHigh"), result.broken());
    }
}
