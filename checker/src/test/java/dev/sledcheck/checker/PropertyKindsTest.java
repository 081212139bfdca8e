package dev.sledcheck.checker;

import static dev.sledcheck.checker.Checks.breaks;
import static dev.sledcheck.checker.Checks.check;
import static dev.sledcheck.checker.Checks.run;
import static dev.sledcheck.checker.Checks.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.examples.Graph;
import dev.sledcheck.examples.SkipCounter;
import dev.sledcheck.examples.TwoPhase;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Status;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each kind of property is judged where it should be, and decided on its own. */
class PropertyKindsTest {

    @Test
    void aStepPropertyBreaksOnTheStepItself() {
        CheckResult result = check(new SkipCounter(5), Strategy.BFS);

        assertEquals(Status.VIOLATED, status(result, "OneAtATime"));
        assertEquals("Skip", run(result, "OneAtATime").schedule());
        assertEquals(List.of(List.of("OneAtATime")), breaks(run(result, "OneAtATime")));
    }

    @Test
    void anEndPropertyBreaksOnTheStepIntoTheDeadEnd() {
        CheckResult result = check(new SkipCounter(5), Strategy.BFS);

        assertEquals(Status.VIOLATED, status(result, "EndsAtGoal"));
        assertEquals("Skip;Skip;Skip", run(result, "EndsAtGoal").schedule());
        assertEquals(List.of(List.of(), List.of(), List.of("EndsAtGoal")), breaks(run(result, "EndsAtGoal")));
    }

    @Test
    void onceEveryPropertyIsDecidedTheSearchStopsWithoutALimit() {
        SearchOptions options = SearchOptions.defaults().withOnly(Set.of("TCConsistent"));
        CheckResult result = check(TwoPhase.eagerCommit(3), options);

        assertEquals(Status.VIOLATED, status(result, "TCConsistent"));
        assertFalse(result.stats().complete());
        assertEquals("", result.stats().limit());
        // The full space has 498 states; the violation is five steps deep.
        assertTrue(result.stats().states() < 498, "states: " + result.stats().states());
    }

    @Test
    void aCounterThatNeverMovesIsSafeAndNeverPassesItsGoal() {
        CheckResult result = check(new SkipCounter(0), Strategy.DFS);

        assertEquals(Status.SAFE, status(result, "OneAtATime"));
        assertEquals(Status.SAFE, status(result, "EndsAtGoal"));
        assertEquals(Status.UNREACHED, status(result, "PassesGoal"));
        assertTrue(result.stats().complete());
        assertEquals(1, result.stats().states());
    }

    @Test
    void stepsIntoVisitedStatesAreJudgedToo() {
        Graph cycle = new Graph(List.of(0), Map.of(0, List.of(1), 1, List.of(0)),
                List.of(Property.onStep("Ascends", "every step goes to a higher node", (a, to, b) -> b > a)));

        for (Strategy strategy : Strategy.values()) {
            CheckResult result = check(cycle, strategy);
            assertEquals(Status.VIOLATED, status(result, "Ascends"), strategy.label());
            assertEquals("to1;to0", run(result, "Ascends").schedule(), strategy.label());
        }
    }

    @Test
    void aBadInitialStateGivesAnEmptyRun() {
        Graph graph = new Graph(List.of(1, 0), Map.of(0, List.of(1)),
                List.of(Property.always("Positive", "the node is positive", n -> n > 0),
                        Property.sometimes("Zero", "node 0 is reached", n -> n == 0)));

        for (Strategy strategy : Strategy.values()) {
            CheckResult result = check(graph, strategy);
            assertEquals(Status.VIOLATED, status(result, "Positive"));
            assertEquals(0, run(result, "Positive").length());
            assertEquals(Status.REACHED, status(result, "Zero"));
            assertEquals(0, run(result, "Zero").length());
        }
    }

    @Test
    void duplicateInitialStatesCountOnce() {
        Graph graph = new Graph(List.of(2, 2, 1, 2), Map.of(1, List.of(2)),
                List.of(Property.always("Small", "below 9", n -> n < 9)));

        CheckResult result = check(graph, Strategy.BFS);

        assertEquals(2, result.stats().states());
        assertEquals(0, result.stats().maxDepth());
    }

    @Test
    void onlyTheSelectedPropertiesAreDecidedInModelOrder() {
        SearchOptions options = SearchOptions.defaults().withOnly(Set.of("PassesGoal", "EndsAtGoal"));
        CheckResult result = check(new SkipCounter(5), options);

        assertEquals(List.of("EndsAtGoal", "PassesGoal"),
                result.verdicts().stream().map(v -> v.property()).toList());
    }

    @Test
    void anUnknownSelectedPropertyIsRejected() {
        SearchOptions options = SearchOptions.defaults().withOnly(Set.of("Nope"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> check(new SkipCounter(5), options));
        assertEquals("unknown property \"Nope\"; the model has: OneAtATime, EndsAtGoal, PassesGoal", e.getMessage());
    }

    @Test
    void withNoPropertiesTheWholeSpaceIsStillCounted() {
        Graph graph = new Graph(List.of(0), Map.of(0, List.of(1, 2), 2, List.of(3)), List.of());

        CheckResult result = check(graph, Strategy.BFS);

        assertTrue(result.stats().complete());
        assertEquals(4, result.stats().states());
        assertEquals(3, result.stats().transitions());
        assertEquals(2, result.stats().maxDepth());
        assertEquals(List.of(), result.verdicts());
    }
}
