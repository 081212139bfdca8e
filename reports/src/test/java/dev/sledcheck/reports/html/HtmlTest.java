package dev.sledcheck.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.reports.Fixtures;
import dev.sledcheck.reports.Report;
import dev.sledcheck.reports.output.Format;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlTest {

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void escapesTheFiveCharacters() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;",
                Html.escape("<script>alert(\"x\" & 'y')</script>"));
        assertEquals("plain gen 7", Html.escape("plain gen 7"));
    }

    @Test
    void idsAreSafeInFragments() {
        assertEquals("sim-fix-user-stop-s1v", Html.id("sim-fix --user-stop S1v"));
        assertEquals("script-x", Html.id("<script>x"));
    }

    @Test
    void scriptInAnyTextIsEscapedEverywhere() {
        String evil = "<script>alert(1)</script>";
        Run race = Fixtures.race();
        Run bad = new Run(List.of(race.steps().get(0), race.steps().get(1), race.steps().get(2), race.steps().get(3),
                Fixtures.step(5, "watcher" + evil, "agent", "watcher:" + evil, "text " + evil, 4, "Failed " + evil, "S1v")));
        String html = Format.HTML.render(Fixtures.check(bad));
        assertFalse(html.contains(evil), "raw script tag survived");
        assertTrue(count(html, "&lt;script&gt;alert(1)&lt;/script&gt;") >= 4, "escaped in label, log, note, lane");
        // The only script elements are the page's own two.
        assertEquals(2, count(html, "<script>"));
    }

    @Test
    void selfContainedNoUrlAndAStrictPolicy() {
        String html = Format.HTML.render(Fixtures.check(Fixtures.race()));
        assertEquals(1, count(html, "http-equiv=\"Content-Security-Policy\" content=\"" + HtmlReport.CSP + "\""));
        assertFalse(Pattern.compile("(?i)https?:").matcher(html).find(), "no URL in the page");
        assertFalse(Pattern.compile("(?i)\\b(src|href)=\"(?!#|data:)").matcher(html).find(),
                "links only within the page or to data:");
        assertTrue(html.contains("href=\"data:,\""), "an empty icon, so the browser asks for none");
    }

    @Test
    void lifelinesInTheModelsOrderAndAnArrowPerMessage() {
        String all = Svg.view(figure(Format.HTML.render(Fixtures.check(Fixtures.race())), "cx-tiny-s1v"), "all");
        Matcher lanes = Pattern.compile("<g class=\"lifeline\" data-actor=\"([^\"]+)\"").matcher(all);
        List<String> drawn = new java.util.ArrayList<>();
        while (lanes.find()) {
            drawn.add(lanes.group(1));
        }
        assertEquals(Fixtures.ACTORS, drawn, "the run's actors, in its order (nexus only receives, in flight)");
        List<Svg.Drawn> arrows = Svg.arrows(all);
        assertEquals(6, arrows.size(), "five delivered, one still in flight");
        assertEquals(1, arrows.stream().filter(a -> a.cls().equals("arrow inflight")).count());
        assertEquals(1, arrows.stream().filter(a -> a.cls().equals("arrow bad")).count(), "the breaking step's message");
        assertEquals(3, count(all, "<path d="), "watcher's pass, user's look and agent's poke are self-messages");
        assertTrue(all.contains("data-from=\"agent\" data-to=\"watcher\" data-sent=\"4\" data-delivered=\"5\""));
    }

    @Test
    void theMessageStillInFlightCrossesTheGetAndItsAnswer() {
        List<Svg.Drawn> arrows = Svg.arrows(Svg.view(figure(Format.HTML.render(Fixtures.check(Fixtures.race())),
                "cx-tiny-s1v"), "all"));
        Svg.Drawn put = arrows.stream().filter(a -> a.delivered() == 0).findFirst().orElseThrow();
        assertEquals(3, put.sent(), "sent by the poke");
        Svg.Drawn get = arrows.stream().filter(a -> a.delivered() == 4).findFirst().orElseThrow();
        Svg.Drawn answer = arrows.stream().filter(a -> a.delivered() == 5).findFirst().orElseThrow();
        assertEquals(1, get.sent(), "the GET runs from the watcher's pass in step 1 to step 4");
        assertTrue(put.line()[3] > answer.line()[3], "in flight: it ends below the last step");
        assertTrue(Svg.cross(put.line(), get.line()), "Destroyed 7 in flight crosses the GET");
        assertTrue(Svg.cross(put.line(), answer.line()), "and the 404");
        assertFalse(Svg.cross(get.line(), answer.line()), "the check itself: the GET and its answer meet, not cross");
    }

    @Test
    void markedStepsCarryADiamondAndTheirWords() {
        String all = Svg.view(figure(Format.HTML.render(Fixtures.check(Fixtures.race())), "cx-tiny-s1v"), "all");
        assertEquals(2, count(all, "<path class=\"mark\""), "the snapshot and the removal");
        assertTrue(all.contains("class=\"marktext\"") && all.contains("\u25c6 race window opens: v1 gone"), all);
        assertEquals(2, count(all, "<g class=\"step marked\""));
    }

    @Test
    void nexusRowsAreNotedWhereTheyChange() {
        String all = Svg.view(figure(Format.HTML.render(Fixtures.check(Fixtures.race())), "cx-tiny-s1v"), "all");
        // Step 1 shows the rows; steps 2-4 change none; step 5 lands Failed 7.
        assertEquals(2, count(all, "<g class=\"note\">"));
        assertTrue(all.contains(">v1 Failed gen 7</tspan><tspan x=\"") && all.contains("class=\"was\">was Stopping gen 6<"));
    }

    @Test
    void theSliceIsASecondViewAndTheSwitchSaysWhatItDoes() {
        String fig = figure(Format.HTML.render(Fixtures.check(Fixtures.race())), "cx-tiny-s1v");
        Matcher m = Pattern.compile("data-step=\"(\\d+)\"").matcher(Svg.view(fig, "slice"));
        StringBuilder shown = new StringBuilder();
        while (m.find()) {
            shown.append(m.group(1));
        }
        assertEquals("1345", shown.toString(), "the user's look (2) did not lead to step 5");
        assertEquals(5, Svg.arrows(Svg.view(fig, "slice")).size(), "four delivered and Destroyed 7: the look's is gone");
        assertTrue(fig.contains("<div class=\"view\" data-view=\"slice\" hidden>"), "the whole run shows first");
        assertTrue(fig.contains(">Show only the 4 steps that led to step 5</button>"), fig);
        assertTrue(fig.contains("data-on=\"Show every step (all 5)\""));
        assertTrue(fig.contains("hides the 1 step that neither sent a message on the way to step 5 nor changed a value"));
    }

    @Test
    void whenEveryStepLedToTheBreakTheSwitchIsLeftOutAndASentenceSaysWhy() {
        Run race = Fixtures.race();
        Run shortest = new Run(0, race.actors(), race.start(), List.of(race.steps().get(0),
                renumbered(race.steps().get(2), 2), renumbered(race.steps().get(3), 3), renumbered(race.steps().get(4), 4)));
        String fig = figure(Format.HTML.render(Fixtures.check(shortest)), "cx-tiny-s1v");
        assertFalse(fig.contains("<button"), fig);
        assertFalse(fig.contains("data-view=\"slice\""));
        assertTrue(fig.contains("Every one of the 4 steps led to step 4: each sent a message on the way to it or "
                + "changed a value a step on the way read, so there is nothing to hide."), fig);
    }

    @Test
    void theVerdictWordsShownAreExplainedAndThePredictionMarksOnlyWhereThereArePredictions() {
        String html = Format.HTML.render(Fixtures.check(Fixtures.race()));
        assertTrue(html.contains("<dt class=\"st SAFE\">SAFE</dt><dd>" + Status.SAFE.meaning() + "</dd>"), html);
        assertTrue(html.contains("<dt class=\"st VIOLATED\">VIOLATED</dt><dd>" + Status.VIOLATED.meaning()), html);
        assertFalse(html.contains(">REACHED</dt>") || html.contains(">INCOMPLETE</dt>"), "only the words the table shows");
        assertFalse(html.contains("found as predicted"), "no prediction, no legend for its marks");
        assertTrue(Format.HTML.render(Fixtures.predictedWithEngines()).contains("= found as predicted"));
    }

    @Test
    void aConfigurationsNameExplainsItsVariantInATooltipAndALegend() {
        String html = Format.HTML.render(Fixtures.check(Fixtures.race()));
        String tip = " title=\"tiny: the race in five steps (follows commit abc123)\">tiny<";
        assertEquals(2, count(html, tip), "in the table and above its counterexamples: " + html);
        assertTrue(html.contains("<dt id=\"g-tiny\">tiny</dt><dd>the race in five steps <span class=\"origin\">&#183; "
                + "follows commit abc123</span></dd>"), html);
    }

    @Test
    void countsReadAsEnglish() {
        String html = Format.HTML.render(Fixtures.check(new Run(List.of(Fixtures.race().steps().get(0)))));
        assertTrue(html.contains("1 configuration x 2 properties \u00b7 1 violated \u00b7 search: bfs \u00b7"), html);
        assertTrue(html.contains(" &#183; 1 step</figcaption>"), html);
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        Report r = Fixtures.check(Fixtures.race());
        String first = Format.HTML.render(r);
        String second = Format.HTML.render(r);
        assertEquals(first, second);
    }

    /** {@code s} as step {@code n}, its message's sender one earlier when it came after the removed step 2. */
    private static dev.sledcheck.model.run.Step renumbered(dev.sledcheck.model.run.Step s, int n) {
        int by = s.enabledBy() > 2 ? s.enabledBy() - 1 : s.enabledBy();
        return new dev.sledcheck.model.run.Step(n, s.actor(), s.from(), s.token(), s.text(), s.breaks(), by, s.after(),
                s.sent(), s.reads(), s.marks());
    }

    static String figure(String html, String id) {
        int start = html.indexOf("<figure class=\"cx\" id=\"" + id + "\"");
        assertTrue(start >= 0, "figure " + id);
        return html.substring(start, html.indexOf("</figure>", start));
    }

    /** The note column is the model's ledger: omicron's heading is no word of the reports'. */
    @org.junit.jupiter.api.Test
    void theNoteColumnIsTheModelsLedger() {
        Run race = Fixtures.race();
        String omicron = Format.HTML.render(Fixtures.check(race));
        assertTrue(omicron.contains(">Nexus&#39;s rows (as they change)</text>"), "the fixture's ledger");
        Run plain = new Run(0, race.actors(), race.start(), race.steps(), dev.sledcheck.model.core.Ledger.EVERY_FACET);
        String html = Format.HTML.render(Fixtures.check(plain));
        assertTrue(html.contains(">the state (as it changes)</text>"), "a model without a ledger notes every facet");
        assertFalse(html.contains("Nexus&#39;s rows"), "no omicron words for another model");
    }
}
