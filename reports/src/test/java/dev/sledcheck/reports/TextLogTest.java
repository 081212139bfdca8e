package dev.sledcheck.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Stats;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Step;
import dev.sledcheck.model.run.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLogTest {

    @Test
    void aViolationInTheInitialStateShowsThatState() {
        Run none = new Run(0, List.of(), List.of(new Facet("x", "-1")), List.of());
        CheckResult r = new CheckResult("m", "b", new Stats("bfs", "exact", 1, 0, 0, false, "", 0),
                List.of(new Verdict("Positive", "x is positive", Status.VIOLATED, none)));
        String text = TextLog.result(r, null);
        assertTrue(text.contains("shortest counterexample, 0 steps:\n    the initial state: x = -1\n"), text);
    }

    @Test
    void statesShowWhatEachStepChanged() {
        Run run = new Run(0, List.of(), List.of(new Facet("x", "0"), new Facet("y", "0")), List.of(
                new Step(1, "a", "a", "inc", "x goes up", List.of(), 0, List.of(new Facet("x", "1"), new Facet("y", "0"))),
                new Step(2, "b", "b", "nop", "nothing", List.of(), 0, List.of(new Facet("x", "1"), new Facet("y", "0")))));
        String shown = TextLog.run(run, "", true);
        assertTrue(shown.startsWith("initial state: x = 0; y = 0\n1  a      x goes up\n          -> x = 1\n"), shown);
        assertTrue(shown.contains("2  b      nothing\n          (no facet changed)\n"), shown);
        assertFalse(TextLog.run(run, "", false).contains("->"));
    }
}
