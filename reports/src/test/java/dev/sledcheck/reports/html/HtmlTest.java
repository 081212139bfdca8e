package dev.sledcheck.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.run.Run;
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
    void aLifelinePerActorAndAnArrowPerMessage() {
        String html = Format.HTML.render(Fixtures.check(Fixtures.race()));
        String fig = figure(html, "cx-tiny-s1v");
        assertEquals(3, count(fig, "<g class=\"lifeline\""), "watcher, user, agent");
        assertEquals(5, count(fig, "<g class=\"arrow"));
        assertEquals(3, count(fig, "<path d="), "watcher's pass, user's look and agent's poke are self-messages");
        assertEquals(1, count(fig, "<g class=\"arrow bad\""), "the breaking step");
        assertTrue(fig.contains("data-from=\"agent\" data-to=\"watcher\""), "the 404 goes back to the watcher");
    }

    @Test
    void nexusRowsAreNotedWhereTheyChange() {
        String fig = figure(Format.HTML.render(Fixtures.check(Fixtures.race())), "cx-tiny-s1v");
        // Step 1 shows the rows; steps 2-4 change nothing; step 5 lands Failed 7.
        assertEquals(2, count(fig, "<g class=\"note\">"));
        assertTrue(fig.contains(">v1 Failed gen 7</tspan><tspan x=\"") && fig.contains("class=\"was\">was Stopping gen 6<"));
    }

    @Test
    void rowsCarryTheSliceForTheSwitch() {
        String fig = figure(Format.HTML.render(Fixtures.check(Fixtures.race())), "cx-tiny-s1v");
        Matcher m = Pattern.compile("data-step=\"(\\d)\" data-slice=\"(\\d)\"").matcher(fig);
        StringBuilder slice = new StringBuilder();
        while (m.find()) {
            slice.append(m.group(2));
        }
        assertEquals("10111", slice.toString());
        assertTrue(fig.contains("show only the 4 of 5 steps that step 5 depends on"));
        assertFalse(fig.contains("slice-toggle\" disabled"));
    }

    @Test
    void theSameReportGivesTheSameBytes() {
        Report r = Fixtures.check(Fixtures.race());
        String first = Format.HTML.render(r);
        String second = Format.HTML.render(r);
        assertEquals(first, second);
    }

    static String figure(String html, String id) {
        int start = html.indexOf("<figure class=\"cx\" id=\"" + id + "\"");
        assertTrue(start >= 0, "figure " + id);
        return html.substring(start, html.indexOf("</figure>", start));
    }
}
