package dev.sledcheck.reports.html;

import static dev.sledcheck.reports.html.Html.escape;

import dev.sledcheck.model.run.Status;
import dev.sledcheck.reports.Gloss;
import dev.sledcheck.reports.Legend;
import dev.sledcheck.reports.Report;
import java.util.List;

/**
 * The page's legends, each shown only where what it explains appears: the verdict words of the
 * table, the prediction marks when there are predictions, the configurations' words (a variant's
 * meaning and the commits it follows), and how to read a diagram above the counterexamples.
 */
final class Legends {
    private Legends() {}

    static void verdicts(Report r, StringBuilder out) {
        out.append("<dl class=\"legend verdicts\">\n");
        for (Status st : Legend.statuses(r)) {
            out.append("<dt class=\"st ").append(st.name()).append("\">").append(st.name()).append("</dt><dd>")
                    .append(escape(st.meaning())).append(st == Status.VIOLATED ? " (click it for the run)" : "")
                    .append("</dd>\n");
        }
        out.append("</dl>\n");
        if (Legend.predicted(r)) {
            out.append("<p class=\"legend\">= found as predicted (hover for the prediction&#39;s reason); ! differs "
                    + "from the prediction; no mark: no prediction.</p>\n");
        }
    }

    static void glossary(Report r, StringBuilder out) {
        List<Gloss> glossary = r.glossary();
        if (glossary.isEmpty()) {
            return;
        }
        out.append("<details class=\"glossary\" open><summary>What each configuration is</summary>\n<dl class=\"legend\">\n");
        for (Gloss g : glossary) {
            out.append("<dt id=\"g-").append(Html.id(g.term())).append("\">").append(escape(g.term())).append("</dt><dd>")
                    .append(escape(g.meaning()));
            if (!g.origin().isEmpty()) {
                out.append(" <span class=\"origin\">&#183; follows ").append(escape(g.origin())).append("</span>");
            }
            out.append("</dd>\n");
        }
        out.append("</dl></details>\n");
    }

    static void diagrams(StringBuilder out) {
        out.append("<p class=\"legend key\">How to read a diagram: time runs down, one numbered row per step; each "
                + "column is an actor. An arrow runs from the step that sent a message to the step that received it, "
                + "so arrows that cross were in flight at the same time. A dashed arrow that ends below the last step "
                + "was still in flight when the property broke. &#9670; marks a step the model points out; its words above "
                + "the step&#39;s log line say why. The red row broke the property. The yellow notes "
                + "show the stored rows a step changed, and what they were. Hover a row or an arrow for details.</p>\n");
    }

    /** The tooltip of a configuration's name: each of its words explained, one per line. */
    static String tooltip(List<Gloss> glossary) {
        StringBuilder sb = new StringBuilder();
        for (Gloss g : glossary) {
            sb.append(sb.length() == 0 ? "" : "\n").append(g.term()).append(": ").append(g.line());
        }
        return sb.toString();
    }
}
