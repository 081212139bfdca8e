package dev.sledcheck.reports.html;

import static dev.sledcheck.reports.html.Html.escape;

import dev.sledcheck.model.run.Cell;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.reports.Report;
import dev.sledcheck.reports.ReportText;
import dev.sledcheck.reports.Section;
import dev.sledcheck.reports.engines.Agreement;
import dev.sledcheck.reports.engines.AgreementRow;
import java.util.List;

/**
 * The tables: configurations x properties x engines (a row per engine that has something to say
 * about a configuration; the checker always does), and the engines side by side per question.
 */
final class SummaryTable {
    private SummaryTable() {}

    static void verdicts(Report r, StringBuilder out) {
        out.append("<table class=\"summary\"><thead><tr><th>configuration</th><th>engine</th>");
        for (String p : r.properties()) {
            out.append("<th>").append(escape(p)).append("</th>");
        }
        out.append("<th class=\"n\">states</th><th class=\"n\">transitions</th></tr></thead>\n<tbody>\n");
        for (Section s : r.sections()) {
            List<AgreementRow> others = r.agreement() == null ? List.of() : r.agreement().rowsOf(s.configuration());
            int span = 1 + (others.isEmpty() ? 0 : 2);
            out.append("<tr><th rowspan=\"").append(span).append('"').append(HtmlReport.title(s)).append('>')
                    .append(escape(s.configuration()))
                    .append("</th><td class=\"engine\">checker</td>");
            for (String p : r.properties()) {
                cell(s, s.cell(p), out);
            }
            out.append("<td class=\"n\">").append(s.result().stats().states()).append("</td><td class=\"n\">")
                    .append(s.result().stats().transitions()).append("</td></tr>\n");
            if (!others.isEmpty()) {
                engineRow("lincheck", r.properties(), others, true, out);
                engineRow("jcstress", r.properties(), others, false, out);
            }
        }
        out.append("</tbody></table>\n");
    }

    private static void cell(Section s, Cell c, StringBuilder out) {
        if (c == null) {
            out.append("<td class=\"dim\">-</td>");
            return;
        }
        out.append("<td class=\"st ").append(c.found().name()).append("\">");
        if (c.found() == Status.VIOLATED && s.verdict(c.property()) != null && s.verdict(c.property()).run() != null) {
            out.append("<a href=\"#").append(figureId(s, c.property())).append("\">").append(c.found().name())
                    .append("</a>");
        } else {
            out.append(c.found().name());
        }
        if (c.predicted() != null) {
            boolean right = c.predictedRight();
            out.append("<span class=\"pred").append(right ? "" : " miss").append("\" title=\"predicted ")
                    .append(c.predicted().name()).append(": ").append(escape(c.why())).append("\">")
                    .append(right ? "=" : "!").append("</span>");
        }
        out.append("</td>");
    }

    private static void engineRow(String engine, List<String> properties, List<AgreementRow> rows, boolean lincheck,
            StringBuilder out) {
        out.append("<tr><td class=\"engine\">").append(engine).append("</td>");
        for (String p : properties) {
            AgreementRow row = rows.stream().filter(x -> x.property().equals(p)).findFirst().orElse(null);
            if (row == null) {
                out.append("<td class=\"dim\">&#183;</td>");
            } else if (lincheck) {
                String v = row.lincheck() == null ? "not run" : row.lincheck();
                out.append("<td class=\"st ").append(escape(v)).append("\">").append(escape(v)).append("</td>");
            } else {
                out.append("<td>").append(escape(ReportText.jcstress(row.jcstress()))).append("</td>");
            }
        }
        out.append("<td></td><td></td></tr>\n");
    }

    static void engines(Agreement a, StringBuilder out) {
        out.append("<table class=\"engines\"><thead><tr><th>configuration</th><th>question</th><th>property</th>")
                .append("<th>checker (runtime&#39;s narrowing)</th><th>checker (full model)</th><th>Lincheck</th>")
                .append("<th>jcstress outcomes</th><th>agree</th><th>note</th></tr></thead>\n<tbody>\n");
        for (AgreementRow r : a.rows()) {
            out.append("<tr><td>").append(escape(r.configuration())).append("</td><td>").append(escape(r.question()))
                    .append("</td><td>").append(escape(r.property())).append("</td>");
            status(r.checker(), out);
            status(r.checkerFull(), out);
            status(r.lincheck(), out);
            out.append("<td>").append(escape(ReportText.jcstress(r.jcstress()))).append("</td><td class=\"st ")
                    .append(r.agrees() ? "SAFE\">yes" : "VIOLATED\">NO").append("</td><td>").append(escape(r.note()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
        if (a.jcstressReport() != null) {
            out.append("<p>jcstress&#39;s own report: <a href=\"").append(escape(a.jcstressReport())).append("\">")
                    .append(escape(a.jcstressReport())).append("</a></p>\n");
        }
    }

    private static void status(String s, StringBuilder out) {
        if (s == null) {
            out.append("<td class=\"dim\">-</td>");
        } else {
            out.append("<td class=\"st ").append(escape(s)).append("\">").append(escape(s)).append("</td>");
        }
    }

    /** The id of a counterexample's figure: {@code cx-sim-bug-user-stop-s1v}. */
    static String figureId(Section s, String property) {
        return "cx-" + Html.id(s.configuration() + " " + property);
    }
}
