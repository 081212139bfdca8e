package dev.sledcheck.reports.md;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Step;
import dev.sledcheck.reports.Fixtures;
import dev.sledcheck.reports.output.Format;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void aShortRunIsShownWhole() {
        String md = Format.MD.render(Fixtures.check(Fixtures.race()));
        assertTrue(md.contains("| `tiny` | checker | **VIOLATED** | SAFE | 42 | 99 |"), md);
        assertTrue(md.contains("```text\n1  watcher  pass 1"), md);
        assertTrue(md.contains("<== S1v broken\n```"), md);
        assertTrue(md.contains("```sh\nsledcheck replay --variant tiny --schedule 'watcher:pass(1);"), md);
    }

    @Test
    void aLongRunShowsItsStartAndTheStepsThatEndInTheBreak() {
        List<Step> steps = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            steps.add(Fixtures.step(i, "agent", "agent", "agent:tick(" + i + ")", "tick " + i, 0, "x",
                    i == 20 ? new String[] {"S1v"} : new String[0]));
        }
        String md = Format.MD.render(Fixtures.check(new Run(steps)));
        assertTrue(md.contains(" 3  agent  tick 3\n   ... 11 steps ...\n15  agent  tick 15\n"), md);
        assertFalse(md.contains("tick 4\n") || md.contains("tick 14\n"), md);
        assertTrue(md.contains("20  agent  tick 20   <== S1v broken"));
    }

    @Test
    void theVerdictWordsShownAreExplainedAndThePredictionMarksOnlyWhenThereArePredictions() {
        String md = Format.MD.render(Fixtures.check(Fixtures.race()));
        assertTrue(md.contains("- **SAFE**: " + Status.SAFE.meaning() + "\n- **VIOLATED**: " + Status.VIOLATED.meaning()
                + "\n\n"), md);
        assertFalse(md.contains("**REACHED**") || md.contains("**INCOMPLETE**"), "only the words the table shows");
        assertFalse(md.contains("found as predicted"), "no prediction, no legend for the marks");
        assertTrue(Format.MD.render(Fixtures.predictedWithEngines()).contains("- `=` found as predicted"));
    }

    @Test
    void eachConfigurationsVariantIsExplainedWithItsCommits() {
        String md = Format.MD.render(Fixtures.check(Fixtures.race()));
        assertTrue(md.contains("What each configuration is:\n\n- `tiny`: the race in five steps (follows commit abc123)\n"),
                md);
    }

    @Test
    void countsReadAsEnglish() {
        String md = Format.MD.render(Fixtures.check(new Run(List.of(Fixtures.race().steps().get(0)))));
        assertTrue(md.contains("1 configuration x 2 properties · search: bfs ·"), md);
        assertTrue(md.contains(" (1 step)\n"), md);
    }

    @Test
    void textCannotBreakTheTableOrInjectHtml() {
        assertEquals("a \\| b &lt;script&gt;", MarkdownReport.cell("a | b <script>"));
        assertEquals("x' \\| y", MarkdownReport.code("x` | y"));
    }
}
