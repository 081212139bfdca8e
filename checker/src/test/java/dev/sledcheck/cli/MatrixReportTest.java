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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

    static final Path OUT = MatrixOnce.OUT;
    static Cli matrix;
    static Report report;

    @BeforeAll
    static void runMatrixOnce() throws IOException {
        matrix = MatrixOnce.run();
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
    void whatMatrixPrintsIsItsGolden() throws IOException {
        // omicron's matrix as it printed before other models had one: making matrix generic changed none of it.
        GoldenTest.compare("matrix-seed-7282.txt", matrix.out());
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
        Set<String> used = new LinkedHashSet<>();
        int inFlight = 0;
        for (Step s : run.steps()) {
            used.add(s.from());
            used.add(s.actor());
            for (dev.sledcheck.model.run.Message m : s.sent()) {
                if (run.steps().stream().noneMatch(d -> d.enabledBy() == s.number() && d.token().equals(m.token()))) {
                    used.add(m.to());
                    inFlight++;
                }
            }
        }
        List<String> actors = run.actors().stream().filter(used::contains).toList();
        String fig = element(dom, "<figure class=\"cx\" id=\"cx-sim-bug-s1v\"");
        assertEquals(actors.size(), count(fig, "<g class=\"lifeline\""), "one lifeline per actor: " + actors);
        assertTrue(inFlight > 0, "Destroyed 7 is still in flight when S1v breaks");
        assertEquals(run.length() + inFlight, count(fig, "<g class=\"arrow"), "one arrow per message");
        Matcher lanes = Pattern.compile("<g class=\"lifeline\" data-actor=\"([^\"]+)\"").matcher(fig);
        List<String> drawn = new ArrayList<>();
        while (lanes.find()) {
            drawn.add(lanes.group(1));
        }
        assertEquals(actors, drawn, "in the model's order");
        // What a person must be able to follow: the agent's removal and the watcher's snapshot at
        // gen 6, both marked (in either order: the shortest run removes first), then the 404, then
        // Failed 7 landing over Stopping 6 in the breaking step, whose message is drawn red.
        assertInOrder(fig, "race window opens: v1 gone", "snapshot s=6", "<tspan class=\"em\">404</tspan>",
                ">v1 Failed gen 7<", ">was Stopping gen 6<", "&lt;== S1v broken", "<g class=\"arrow bad\"");
        // And where the run goes on, Destroyed 7 dropped.
        assertInOrder(element(dom, "<figure class=\"cx\" id=\"cx-sim-bug-l1\""), ">v1 Failed gen 7<",
                "put(v1,Destroyed/7)", "<tspan class=\"em\">dropped</tspan>");
        assertTrue(Files.size(shot) > 10_000, "a screenshot under target/: " + shot);
    }

    @Test
    void theSliceSwitchWorksAndTheHooksSeePlantedErrors(@TempDir Path tmp) throws Exception {
        // One more page load serves two checks. (1) A fetch and a script error planted in the
        // page: the status must count both, or the clean result above would prove nothing.
        // (2) A click on L1's switch: the view of the steps that led to its end replaces the whole run.
        Path chromium = Chromium.require();
        String html = ReportCliTest.read(OUT.resolve("report.html"))
                .replace("<main>", "<main><img src=\"https://example.invalid/x.png\"><script>undefinedFunction();</script>")
                .replace("</body>", "<script>window.addEventListener('load', function () {"
                        + " document.querySelector('#cx-sim-bug-l1 button.slice-toggle').click(); });</script></body>");
        Path page = Files.writeString(tmp.resolve("planted.html"), html);
        String dom = Chromium.load(chromium, page, tmp.resolve("p.png"), tmp.resolve("profile"));
        String status = element(dom, "<div id=\"sledcheck-status\"");
        assertTrue(status.contains("data-state=\"loaded\""), status);
        assertTrue(!status.contains("data-errors=\"0\"") && !status.contains("data-blocked=\"0\""), status);

        String fig = element(dom, "<figure class=\"cx\" id=\"cx-sim-bug-l1\"");
        assertTrue(fig.contains("<button type=\"button\" class=\"slice-toggle\" aria-pressed=\"true\""), fig);
        assertTrue(fig.contains(">Show every step (all "), "the label now says what the next click does");
        assertTrue(fig.contains("<div class=\"view\" data-view=\"all\" hidden=\"\">"), "the whole run is hidden");
        String slice = fig.substring(fig.indexOf("<div class=\"view\" data-view=\"slice\">"));
        Matcher rows = Pattern.compile("<g class=\"step[^\"]*\" data-step=\"(\\d+)\"").matcher(slice);
        Verdict l1 = report.sections().get(0).verdict("L1");
        boolean[] keep = dev.sledcheck.reports.html.Slice.of(l1.run(), l1.run().length());
        List<Integer> shown = new ArrayList<>();
        while (rows.find()) {
            shown.add(Integer.parseInt(rows.group(1)));
        }
        List<Integer> expected = new ArrayList<>();
        for (int n = 1; n <= l1.run().length(); n++) {
            if (keep[n]) {
                expected.add(n);
            }
        }
        assertEquals(expected, shown, "the slice's steps, and only those");
        assertTrue(shown.size() < l1.run().length(), "L1's run has steps that did not lead to its end");
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
