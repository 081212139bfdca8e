package dev.sledcheck.reports.html;

import static dev.sledcheck.reports.html.Html.escape;

import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Verdict;
import dev.sledcheck.reports.Plural;
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
        Legends.verdicts(r, out);
        Legends.glossary(r, out);
        out.append("</section>\n");
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
        parts.add(Plural.of(r.sections().size(), "configuration") + " x "
                + Plural.of(r.properties().size(), "property", "properties"));
        long violated = r.sections().stream().flatMap(s -> s.result().verdicts().stream())
                .filter(v -> v.status() == Status.VIOLATED).count();
        parts.add(violated + " violated");
        for (Setting s : r.options()) {
            parts.add(s.name() + ": " + s.value());
        }
        parts.add("reductions: " + (r.reductions().isEmpty() ? "none" : String.join(", ", r.reductions())));
        return String.join(" \u00b7 ", parts);
    }

    /** A {@code title} attribute explaining the configuration's words, or nothing when nobody did. */
    static String title(Section s) {
        return s.glossary().isEmpty() ? "" : " title=\"" + escape(Legends.tooltip(s.glossary())) + "\"";
    }

    private static void counterexamples(Report r, StringBuilder out) {
        out.append("<section id=\"counterexamples\"><h2>Counterexamples</h2>\n");
        if (r.sections().stream().anyMatch(s -> s.result().verdicts().stream()
                .anyMatch(v -> v.status() == Status.VIOLATED && v.run() != null && v.run().length() > 0))) {
            Legends.diagrams(out);
        }
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
                    .append(first ? " open" : "").append("><summary><b").append(title(s)).append('>')
                    .append(escape(s.configuration())).append("</b> &#183; ").append(broken.size()).append(" violated: ")
                    .append(escape(String.join(", ", broken.stream().map(Verdict::property).toList())))
                    .append(" &#183; bounds: ").append(escape(s.result().bounds())).append("</summary>\n");
            first = false;
            for (Verdict v : broken) {
                Figure.write(s, v, out);
            }
            out.append("</details>\n");
        }
        if (shown == 0) {
            out.append("<p>None: no property is violated.</p>\n");
        }
        out.append("</section>\n");
    }
}
