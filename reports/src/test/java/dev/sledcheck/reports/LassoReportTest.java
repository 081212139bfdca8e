package dev.sledcheck.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.run.Run;
import dev.sledcheck.reports.html.Slice;
import dev.sledcheck.reports.json.Document;
import dev.sledcheck.reports.json.Documents;
import dev.sledcheck.reports.output.Format;
import org.junit.jupiter.api.Test;

/**
 * A lasso (a liveness counterexample) in every rendering: the text says where its cycle starts and
 * that it repeats for ever, JSON keeps the mark (and only a lasso's document has it), the diagram
 * brackets the cycle and the slice keeps all of it. The race fixture, its steps 2 to 5 taken as a
 * cycle: renderers do not judge whether it is one.
 */
class LassoReportTest {

    private static final Run LASSO = Fixtures.race().looping(2);

    @Test
    void theTextSaysWhichStepsRepeatAndDoesNotCallTheLassoShortest() {
        String text = TextLog.result(Fixtures.result(LASSO), "sledcheck replay --variant tiny");
        assertTrue(text.contains("    counterexample, 5 steps, a lasso:\n"), text);
        assertTrue(text.contains("<== S1v broken\n    cycle starts at step 2; the run repeats steps 2..5 for ever"
                + " (step 5 ends in the state step 2 started from)\n    schedule: "), text);
        String plain = TextLog.result(Fixtures.result(Fixtures.race()), null);
        assertTrue(plain.contains("shortest counterexample, 5 steps:\n"), plain);
        assertFalse(plain.contains("cycle"), plain);
        assertEquals("  cycle starts at step 5; the run repeats step 5 for ever (it leaves the state as it found it)\n",
                TextLog.cycle(Fixtures.race().looping(5), "  "));
    }

    private static Report read(String json) {
        Document d = Documents.parse(json, "mem.json", null);
        return ((Document.Result) d).report();
    }

    @Test
    void jsonKeepsTheCycleAndOnlyALassoHasIt() {
        String json = Format.JSON.render(Fixtures.check(LASSO));
        assertTrue(json.contains("\"cycleFrom\" : 2"), json);
        Report back = read(json);
        assertEquals(Fixtures.check(LASSO), back);
        assertFalse(Format.JSON.render(Fixtures.check(Fixtures.race())).contains("cycleFrom"));
        String bad = json.replace("\"cycleFrom\" : 2", "\"cycleFrom\" : 6");
        String message = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> read(bad)).getMessage();
        assertTrue(message.endsWith("/run/cycleFrom: must name a step of the run (1 to 5), got 6"), message);
    }

    @Test
    void theDiagramBracketsTheCycleAndItsLastStepSaysItRepeats() {
        String html = Format.HTML.render(Fixtures.check(LASSO));
        assertTrue(html.contains("<g class=\"cycle\" data-from=\"2\" data-to=\"5\"><title>back where step 2 began:"
                + " steps 2 to 5 repeat for ever</title>"), html);
        assertTrue(html.contains("class=\"broke loop\""), html);
        assertTrue(html.contains("\u21bb back where step 2 began: steps 2 to 5 repeat for ever</tspan>"), html);
        assertTrue(html.contains(" &#183; 5 steps, a lasso: back where step 2 began"), html);
        assertFalse(Format.HTML.render(Fixtures.check(Fixtures.race())).contains("class=\"cycle\""));
    }

    @Test
    void theSliceOfALassoKeepsItsWholeCycle() {
        assertFalse(Slice.of(Fixtures.race(), 5)[2], "the user's step led nowhere");
        boolean[] keep = Slice.of(LASSO, 5);
        for (int n = 1; n <= 5; n++) {
            assertTrue(keep[n], "step " + n);
        }
    }

    @Test
    void markdownSaysWhichStepsRepeat() {
        String md = Format.MD.render(Fixtures.check(LASSO));
        assertTrue(md.contains("<== S1v broken\ncycle starts at step 2; the run repeats steps 2..5 for ever"), md);
    }
}
