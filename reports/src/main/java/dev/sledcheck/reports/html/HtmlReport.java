package dev.sledcheck.reports.html;

import static dev.sledcheck.reports.html.Html.escape;

import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Step;
import dev.sledcheck.model.run.Verdict;
import dev.sledcheck.reports.Report;
import dev.sledcheck.reports.Section;
import dev.sledcheck.reports.Setting;
import dev.sledcheck.reports.Timing;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Report} as one self-contained HTML page: the verdict table, the engines side by side
 * when there are others, and a sequence diagram per counterexample. Nothing is fetched: the
 * Content-Security-Policy forbids every source but the inline ones, and the page names no URL.
 * The hidden {@code #sledcheck-status} element receives, once the page has loaded, how many script
 * errors, blocked fetches and loaded resources there were (the browser test reads it).
 */
public final class HtmlReport {
    private HtmlReport() {}

    public static final String CSP =
            "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

    public static void write(Report r, Appendable out) throws IOException {
        StringBuilder sb = new StringBuilder(1 << 16);
        page(r, sb);
        out.append(sb);
    }

    private static void page(Report r, StringBuilder out) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>sledcheck: ").append(escape(r.title())).append("</title>\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<script>\n").append(Resources.text("hooks.js")).append("</script>\n")
                .append("<style>\n").append(Resources.text("report.css")).append("</style>\n</head>\n<body>\n");
        out.append("<header><h1>sledcheck <span>&#183; ").append(escape(r.title())).append("</span></h1>\n");
        out.append("<p class=\"meta\">").append(escape(meta(r))).append(" &#183; <span class=\"time\">")
                .append(Timing.shown(r.seconds())).append("</span></p></header>\n<main>\n");

        out.append("<section id=\"verdicts\"><h2>Verdicts</h2>\n");
        SummaryTable.verdicts(r, out);
        out.append("<p class=\"legend\">= found as predicted (hover for the prediction&#39;s reason); ! differs from "
                + "the prediction; no mark: no prediction. SAFE holds within each configuration&#39;s bounds; "
                + "a VIOLATED links to its counterexample.</p>\n</section>\n");
        if (r.agreement() != null) {
            out.append("<section id=\"engines\"><h2>Engines side by side</h2>\n");
            SummaryTable.engines(r.agreement(), out);
            out.append("</section>\n");
        }
        counterexamples(r, out);
        out.append("</main>\n<footer>Made by sledcheck. Self-contained: inline CSS, SVG and script; the page "
                + "fetches nothing.</footer>\n");
        out.append("<div id=\"sledcheck-status\" hidden data-state=\"pending\"></div>\n");
        out.append("<script>\n").append(Resources.text("report.js")).append("</script>\n</body>\n</html>\n");
    }

    private static String meta(Report r) {
        List<String> parts = new ArrayList<>();
        parts.add(r.sections().size() + (r.sections().size() == 1 ? " configuration" : " configurations") + " x "
                + r.properties().size() + " properties");
        long violated = r.sections().stream().flatMap(s -> s.result().verdicts().stream())
                .filter(v -> v.status() == Status.VIOLATED).count();
        parts.add(violated + " violated");
        for (Setting s : r.options()) {
            parts.add(s.name() + " " + s.value());
        }
        parts.add("reductions: " + (r.reductions().isEmpty() ? "none" : String.join(", ", r.reductions())));
        return String.join(" \u00b7 ", parts);
    }

    private static void counterexamples(Report r, StringBuilder out) {
        out.append("<section id=\"counterexamples\"><h2>Counterexamples</h2>\n");
        boolean first = true;
        int shown = 0;
        for (Section s : r.sections()) {
            List<Verdict> broken = s.result().verdicts().stream()
                    .filter(v -> v.status() == Status.VIOLATED && v.run() != null).toList();
            if (broken.isEmpty()) {
                continue;
            }
            shown++;
            out.append("<details class=\"config\" id=\"").append("c-").append(Html.id(s.configuration())).append('"')
                    .append(first ? " open" : "").append("><summary><b>").append(escape(s.configuration()))
                    .append("</b> &#183; ").append(broken.size()).append(" violated: ")
                    .append(escape(String.join(", ", broken.stream().map(Verdict::property).toList())))
                    .append(" &#183; bounds: ").append(escape(s.result().bounds())).append("</summary>\n");
            first = false;
            for (Verdict v : broken) {
                figure(s, v, out);
            }
            out.append("</details>\n");
        }
        if (shown == 0) {
            out.append("<p>None: no property is violated.</p>\n");
        }
        out.append("</section>\n");
    }

    private static void figure(Section s, Verdict v, StringBuilder out) {
        int breaking = 0;
        for (Step st : v.run().steps()) {
            if (st.breaks().contains(v.property())) {
                breaking = st.number();
            }
        }
        boolean[] slice = breaking == 0 ? all(v.run().length()) : Slice.of(v.run(), breaking);
        int kept = Slice.count(slice);
        out.append("<figure class=\"cx\" id=\"").append(SummaryTable.figureId(s, v.property()))
                .append("\" data-configuration=\"").append(escape(s.configuration())).append("\" data-property=\"")
                .append(escape(v.property())).append("\" data-steps=\"").append(v.run().length())
                .append("\" data-actors=\"").append(SequenceDiagram.lanes(v.run()).size()).append("\">\n");
        out.append("<figcaption><span class=\"st VIOLATED\">").append(escape(v.property())).append(" VIOLATED</span>")
                .append(escape(v.description())).append(" &#183; ").append(v.run().length()).append(" steps</figcaption>\n");
        if (v.run().length() == 0) {
            out.append("<p>Broken in the initial state: there is no step to draw.</p></figure>\n");
            return;
        }
        // The slice follows messages and each actor's previous step; when every step is in it,
        // the switch would hide nothing and is shown disabled, saying so.
        boolean whole = kept == v.run().length();
        out.append("<label class=\"slice\"><input type=\"checkbox\" class=\"slice-toggle\"")
                .append(whole ? " disabled" : "").append("> ");
        if (whole) {
            out.append("every one of the ").append(kept).append(" steps leads to step ").append(breaking);
        } else {
            out.append("show only the ").append(kept).append(" of ").append(v.run().length())
                    .append(" steps that step ").append(breaking).append(" depends on");
        }
        out.append(" (through the messages it received and its actors&#39; earlier steps)</label>\n");
        out.append("<div class=\"scroll\">\n");
        SequenceDiagram.render(v.run(), breaking, v.property(), slice, out);
        out.append("</div>\n<details class=\"replay\"><summary>schedule and replay command</summary><pre>")
                .append(escape(s.replayCommand(v.run().schedule()))).append("</pre></details>\n</figure>\n");
    }

    private static boolean[] all(int n) {
        boolean[] b = new boolean[n + 1];
        java.util.Arrays.fill(b, true);
        return b;
    }
}
