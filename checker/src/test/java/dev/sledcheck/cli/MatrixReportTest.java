package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Step;
import dev.sledcheck.model.run.Verdict;
import dev.sledcheck.reports.Report;
import dev.sledcheck.reports.Section;
import dev.sledcheck.reports.html.HtmlReport;
import dev.sledcheck.reports.json.Document;
import dev.sledcheck.reports.json.Documents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full {@code matrix} once, with every report written to {@code target/matrix-report/}: its
 * JSON against the schema, its re-rendering, and its HTML in a real headless Chromium.
 */
class MatrixReportTest {

    static final Path OUT = Path.of("target/matrix-report");
    static Cli matrix;
    static Report report;

    @BeforeAll
    static void runMatrixOnce() throws IOException {
        Files.createDirectories(OUT);
        matrix = ReportCliTest.withReports(OUT, "matrix");
        assertEquals(0, matrix.exit(), matrix.err());
        Document d = Documents.read(OUT.resolve("report.json"));
        report = ((Document.Result) d).report();
        for (String f : ReportCliTest.FORMATS) {
            System.out.println("matrix report." + f + ": " + Files.size(OUT.resolve("report." + f)) + " bytes");
        }
    }

    @Test
    void theJsonValidatesAndHoldsEveryConfiguration() {
        SchemaCheck.assertValid(ReportCliTest.read(OUT.resolve("report.json")));
        assertEquals(dev.sledcheck.app.Predictions.load().configurations(dev.sledcheck.model.omicron.Scenario.SEED_7282).size(),
                report.sections().size());
        assertEquals("sim-bug", report.sections().get(0).configuration());
    }

    @Test
    void renderRebuildsTheHtmlWithoutRerunning(@TempDir Path dir) {
        Cli r = Cli.run("render", "--from", OUT.resolve("report.json").toString(), "--report", "html=" + dir.resolve("m.html"));
        assertEquals(0, r.exit(), r.err());
        assertEquals(ReportCliTest.read(OUT.resolve("report.html")), ReportCliTest.read(dir.resolve("m.html")));
    }

    @Test
    void theSeedRaceReadsInTheMarkdown() {
        String md = ReportCliTest.read(OUT.resolve("report.md"));
        assertTrue(md.contains("| `sim-bug` | checker | **VIOLATED** = | **VIOLATED** = | SAFE = | **VIOLATED** = | **VIOLATED** = |"), md);
        assertTrue(md.contains("sledcheck replay --scenario seed-7282 --variant sim-bug --schedule 'user:stop#1(i0);"));
    }

    @Test
    void theHtmlLoadsInChromiumCleanlyAndDrawsTheSeedRace(@TempDir Path tmp) throws Exception {
        String html = ReportCliTest.read(OUT.resolve("report.html"));
        assertTrue(html.contains("content=\"" + HtmlReport.CSP + "\""), "the policy that forbids fetching");
        assertFalse(Pattern.compile("(?i)https?:").matcher(html).find(), "no URL anywhere in the file");
        Path chromium = Chromium.require();
        Path shot = OUT.resolve("matrix.png");
        Files.deleteIfExists(shot);
        String dom = Chromium.load(chromium, OUT.resolve("report.html"), shot, tmp.resolve("profile"));

        String status = element(dom, "<div id=\"sledcheck-status\"");
        assertTrue(status.contains("data-state=\"loaded\""), status);
        assertTrue(status.contains("data-errors=\"0\""), "no script or console error: " + status);
        assertTrue(status.contains("data-blocked=\"0\""), "nothing the policy had to block: " + status);
        assertTrue(status.contains("data-resources=\"0\""), "no request at all: " + status);

        Section simBug = report.sections().get(0);
        Verdict s1 = simBug.verdict("S1v");
        Run run = s1.run();
        Set<String> actors = new LinkedHashSet<>();
        for (Step s : run.steps()) {
            actors.add(s.from());
            actors.add(s.actor());
        }
        String fig = element(dom, "<figure class=\"cx\" id=\"cx-sim-bug-s1v\"");
        assertEquals(actors.size(), count(fig, "<g class=\"lifeline\""), "one lifeline per actor: " + actors);
        assertEquals(run.length(), count(fig, "<g class=\"arrow"), "one arrow per delivered message");
        Matcher lanes = Pattern.compile("<g class=\"lifeline\" data-actor=\"([^\"]+)\"").matcher(fig);
        Set<String> drawn = new LinkedHashSet<>();
        while (lanes.find()) {
            drawn.add(lanes.group(1));
        }
        assertEquals(actors, drawn);
        // What a person must be able to follow: the watcher's snapshot at gen 6 and the agent's
        // removal (in either order: the shortest run removes first), then the 404, then Failed 7
        // landing over Stopping 6 in the breaking step.
        assertInOrder(fig, "removed from the table", "snapshot s=6", "<tspan class=\"em\">404</tspan>",
                "<g class=\"arrow bad\"", ">v1 Failed gen 7<", ">was Stopping gen 6<", "&lt;== S1v broken");
        // And where the run goes on, Destroyed 7 dropped.
        assertInOrder(element(dom, "<figure class=\"cx\" id=\"cx-sim-bug-l1\""), ">v1 Failed gen 7<",
                "put(v1,Destroyed/7)", "<tspan class=\"em\">dropped</tspan>");
        assertTrue(Files.size(shot) > 10_000, "a screenshot under target/: " + shot);
    }

    @Test
    void theSliceSwitchWorksAndTheHooksSeePlantedErrors(@TempDir Path tmp) throws Exception {
        // One more page load serves two checks. (1) A fetch and a script error planted in the
        // page: the status must count both, or the clean result above would prove nothing.
        // (2) A click on L1's switch: the steps outside the slice disappear and the rest close up.
        Path chromium = Chromium.require();
        String html = ReportCliTest.read(OUT.resolve("report.html"))
                .replace("<main>", "<main><img src=\"https://example.invalid/x.png\"><script>undefinedFunction();</script>")
                .replace("</body>", "<script>window.addEventListener('load', function () {"
                        + " var box = document.querySelector('#cx-sim-bug-l1 input.slice-toggle');"
                        + " box.checked = true; box.dispatchEvent(new Event('change')); });</script></body>");
        Path page = Files.writeString(tmp.resolve("planted.html"), html);
        String dom = Chromium.load(chromium, page, tmp.resolve("p.png"), tmp.resolve("profile"));
        String status = element(dom, "<div id=\"sledcheck-status\"");
        assertTrue(status.contains("data-state=\"loaded\""), status);
        assertTrue(!status.contains("data-errors=\"0\"") && !status.contains("data-blocked=\"0\""), status);

        Matcher rows = Pattern.compile("<g class=\"step[^\"]*\" data-step=\"(\\d+)\" data-slice=\"(\\d)\" data-h=\"(\\d+)\""
                + " transform=\"translate\\(0,(\\d+)\\)\"( style=\"display: none;\")?").matcher(
                element(dom, "<figure class=\"cx\" id=\"cx-sim-bug-l1\""));
        int hidden = 0;
        int y = -1;
        while (rows.find()) {
            boolean inSlice = rows.group(2).equals("1");
            assertEquals(!inSlice, rows.group(5) != null, "step " + rows.group(1) + " hidden exactly when outside the slice");
            if (inSlice) {
                assertTrue(y < 0 || Integer.parseInt(rows.group(4)) == y, "step " + rows.group(1) + " closes up");
                y = Integer.parseInt(rows.group(4)) + Integer.parseInt(rows.group(3));
            } else {
                hidden++;
            }
        }
        assertTrue(hidden > 0, "L1's run has steps the violation does not depend on");
    }

    static String element(String dom, String start) {
        int i = dom.indexOf(start);
        assertTrue(i >= 0, "no " + start);
        String tag = start.substring(1, start.indexOf(' '));
        return dom.substring(i, dom.indexOf("</" + tag + ">", i));
    }

    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    static void assertInOrder(String text, String... parts) {
        int at = 0;
        for (String p : parts) {
            int i = text.indexOf(p, at);
            assertTrue(i >= 0, "'" + p + "' after position " + at);
            at = i + p.length();
        }
    }
}
