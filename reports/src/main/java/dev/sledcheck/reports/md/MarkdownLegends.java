package dev.sledcheck.reports.md;

import dev.sledcheck.model.run.Status;
import dev.sledcheck.reports.Gloss;
import dev.sledcheck.reports.Legend;
import dev.sledcheck.reports.Report;

/**
 * The Markdown report's legends under its table: the verdict words it shows, the prediction marks
 * when there are predictions, and what each configuration's variant is, with the commits it follows.
 */
final class MarkdownLegends {
    private MarkdownLegends() {}

    static void write(Report r, StringBuilder sb) {
        for (Status st : Legend.statuses(r)) {
            sb.append("- **").append(st.name()).append("**: ").append(MarkdownReport.inline(st.meaning())).append('\n');
        }
        if (Legend.predicted(r)) {
            sb.append("- `=` found as predicted, `!` differs from the prediction, no mark: no prediction\n");
        }
        sb.append('\n');
        if (r.glossary().isEmpty()) {
            return;
        }
        sb.append("What each configuration is:\n\n");
        for (Gloss g : r.glossary()) {
            sb.append("- `").append(MarkdownReport.code(g.term())).append("`: ").append(MarkdownReport.inline(g.meaning()));
            if (!g.origin().isEmpty()) {
                sb.append(" (follows ").append(MarkdownReport.inline(g.origin())).append(')');
            }
            sb.append('\n');
        }
        sb.append('\n');
    }
}
