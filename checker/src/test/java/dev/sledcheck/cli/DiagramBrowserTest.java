package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Step;
import dev.sledcheck.reports.Report;
import dev.sledcheck.reports.json.Document;
import dev.sledcheck.reports.json.Documents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sim-bug's diagrams as Chromium draws them: in S1's, the agent's Destroyed 7, sent at the poke
 * that removed v1 and still in flight when the Failed write lands, is a line that crosses the
 * watcher's GET and the agent's 404 (the race, seen); every message is drawn; and, every
 * counterexample opened, no note's text runs out of its box and no log line out of the diagram.
 */
class DiagramBrowserTest {

    static final Path OUT = Path.of("target/diagram-report");
    static Report report;
    static String dom;

    @BeforeAll
    static void checkSimBugAndLoadItsPage(@TempDir Path tmp) throws Exception {
        Files.createDirectories(OUT);
        Cli c = ReportCliTest.withReports(OUT, "check", "--variant", "sim-bug");
        assertEquals(1, c.exit(), c.err());
        report = ((Document.Result) Documents.read(OUT.resolve("report.json"))).report();
        // Open every counterexample, then measure what the browser laid out.
        String measure = "<script>window.addEventListener('load', function () {"
                + " document.querySelectorAll('details').forEach(function (d) { d.open = true; });"
                + " var bad = [], notes = 0, logs = 0;"
                + " document.querySelectorAll('div.view:not([hidden]) svg.seq').forEach(function (svg) {"
                + "  var fig = svg.closest('figure').id, w = Number(svg.getAttribute('width'));"
                + "  svg.querySelectorAll('g.note').forEach(function (g) {"
                + "   var r = g.querySelector('rect').getBBox(), t = g.querySelector('text').getBBox(); notes++;"
                + "   if (t.x < r.x || t.y < r.y || t.x + t.width > r.x + r.width || t.y + t.height > r.y + r.height)"
                + "    bad.push(fig + ' note ' + g.textContent); });"
                + "  svg.querySelectorAll('text.log').forEach(function (t) { var b = t.getBBox(); logs++;"
                + "   if (b.x + b.width > w) bad.push(fig + ' log ' + t.textContent); }); });"
                + " var d = document.createElement('div'); d.id = 'measured';"
                + " d.setAttribute('data-notes', String(notes)); d.setAttribute('data-logs', String(logs));"
                + " d.setAttribute('data-bad', String(bad.length)); d.textContent = bad.join(' | ');"
                + " document.body.appendChild(d); });</script></body>";
        Path page = Files.writeString(tmp.resolve("measured.html"),
                ReportCliTest.read(OUT.resolve("report.html")).replace("</body>", measure));
        dom = Chromium.load(Chromium.require(), page, tmp.resolve("shot.png"), tmp.resolve("profile"));
    }

    @Test
    void inS1TheDestroyedStillInFlightCrossesTheWatchersGetAndThe404() {
        Run run = report.sections().get(0).verdict("S1v").run();
        int poke = step(run, "v1 removed from the table");
        int get = step(run, "GET /vmms/v1/state -> 404");
        int failed = run.length();
        String all = view(MatrixReportTest.element(dom, "<figure class=\"cx\" id=\"cx-sim-bug-s1v\""));
        double[] put = line(all, "arrow inflight", poke, 0);
        assertTrue(all.contains(">put(v1,Destroyed/7) \u2014 still in flight</text>"), "labelled as in flight");
        double[] getLine = line(all, "arrow", run.steps().get(get - 1).enabledBy(), get);
        double[] reply = line(all, "arrow bad", get, failed);
        assertTrue(poke < get && get < failed, "sent before the GET is answered, never delivered");
        assertTrue(cross(put, getLine), "Destroyed 7 crosses the GET: " + java.util.Arrays.toString(put) + " "
                + java.util.Arrays.toString(getLine));
        assertTrue(cross(put, reply), "and the 404 it gets");
        assertTrue(put[3] > reply[3], "it runs on below the break: nobody has delivered it");
    }

    @Test
    void everyMessageIsDrawnOnceFromItsSendToItsDelivery() {
        Run run = report.sections().get(0).verdict("S1v").run();
        String all = view(MatrixReportTest.element(dom, "<figure class=\"cx\" id=\"cx-sim-bug-s1v\""));
        for (Step s : run.steps()) {
            assertEquals(1, MatrixReportTest.count(all, "data-sent=\"" + s.enabledBy() + "\" data-delivered=\""
                    + s.number() + "\""), "step " + s.number() + "'s message");
        }
        assertEquals(run.length() + 2, MatrixReportTest.count(all, "<g class=\"arrow"),
                "and the two still in flight: Destroyed 7 to Nexus, the watcher's saga start");
        assertEquals(2, MatrixReportTest.count(all, "<g class=\"arrow inflight\""));
    }

    @Test
    void noNoteOrLogLineSpillsOutOfItsPlace() {
        String measured = MatrixReportTest.element(dom, "<div id=\"measured\"");
        assertTrue(measured.contains("data-bad=\"0\""), measured);
        Matcher m = Pattern.compile("data-notes=\"(\\d+)\" data-logs=\"(\\d+)\"").matcher(measured);
        assertTrue(m.find() && Integer.parseInt(m.group(1)) > 20 && Integer.parseInt(m.group(2)) > 100,
                "measured enough to mean something: " + measured);
    }

    private static int step(Run run, String text) {
        return run.steps().stream().filter(s -> s.text().contains(text)).findFirst().orElseThrow().number();
    }

    private static String view(String figure) {
        int at = figure.indexOf("<div class=\"view\" data-view=\"all\"");
        return figure.substring(at, figure.indexOf("</svg>", at));
    }

    /** The line of the arrow of class {@code cls} sent at step {@code sent} and delivered at {@code delivered}. */
    private static double[] line(String view, String cls, int sent, int delivered) {
        Matcher m = Pattern.compile("<g class=\"" + cls + "\" data-from=\"[^\"]*\" data-to=\"[^\"]*\" data-sent=\"" + sent
                + "\" data-delivered=\"" + delivered + "\">.*?<line x1=\"([-\\d.]+)\" y1=\"([-\\d.]+)\" x2=\"([-\\d.]+)\""
                + " y2=\"([-\\d.]+)\"", Pattern.DOTALL).matcher(view);
        assertTrue(m.find(), cls + " " + sent + " -> " + delivered);
        List<Double> v = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            v.add(Double.parseDouble(m.group(i)));
        }
        return new double[] {v.get(0), v.get(1), v.get(2), v.get(3)};
    }

    /** Whether two segments {x1, y1, x2, y2} cross: each one's ends lie on either side of the other. */
    static boolean cross(double[] a, double[] b) {
        return side(a, b[0], b[1]) * side(a, b[2], b[3]) < 0 && side(b, a[0], a[1]) * side(b, a[2], a[3]) < 0;
    }

    private static double side(double[] s, double x, double y) {
        return Math.signum((s[2] - s[0]) * (y - s[1]) - (s[3] - s[1]) * (x - s[0]));
    }
}
