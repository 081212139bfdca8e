package dev.sledcheck.reports.html;

import static dev.sledcheck.reports.html.Html.escape;

import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.run.Step;
import dev.sledcheck.model.run.Verdict;
import dev.sledcheck.reports.Plural;
import dev.sledcheck.reports.Section;

/**
 * One counterexample: its caption, the switch between every step and the steps that led to the
 * break (the {@link Slice}), the diagram in both views (drawn here, so the page's script only
 * shows one or the other), and the replay command. When the slice is the whole run the switch
 * is left out and a sentence says why.
 */
final class Figure {
    private Figure() {}

    static void write(Section s, Verdict v, StringBuilder out) {
        int breaking = 0;
        for (Step st : v.run().steps()) {
            if (st.breaks().contains(v.property())) {
                breaking = st.number();
            }
        }
        int n = v.run().length();
        out.append("<figure class=\"cx\" id=\"").append(SummaryTable.figureId(s, v.property()))
                .append("\" data-configuration=\"").append(escape(s.configuration())).append("\" data-property=\"")
                .append(escape(v.property())).append("\" data-steps=\"").append(n).append("\">\n");
        out.append("<figcaption><span class=\"st VIOLATED\">").append(escape(v.property())).append(" VIOLATED</span>")
                .append(escape(v.description())).append(" &#183; ").append(Plural.of(n, "step")).append("</figcaption>\n");
        if (n == 0) {
            out.append("<p>Broken in the initial state: there is no step to draw.</p></figure>\n");
            return;
        }
        boolean[] all = new boolean[n + 1];
        java.util.Arrays.fill(all, 1, n + 1, true);
        boolean[] slice = breaking == 0 ? all : Slice.of(v.run(), breaking);
        int kept = Slice.count(slice);
        Drawing d = Drawing.of(v.run(), breaking, v.property());
        String guess = v.run().steps().stream().anyMatch(st -> st.reads().contains(Facet.EVERY) && !st.after().isEmpty())
                ? " (this run does not say which values its steps read, so each is taken to read every one)" : "";
        if (kept == n) {
            out.append("<p class=\"slice none\">Every one of the ").append(Plural.of(n, "step")).append(" led to step ")
                    .append(breaking).append(": each sent a message on the way to it or changed a value a step on the way"
                    + " read, so there is nothing to hide").append(escape(guess)).append(".</p>\n");
        } else {
            String only = "Show only the " + Plural.of(kept, "step") + " that led to step " + breaking;
            String every = "Show every step (all " + n + ")";
            out.append("<p class=\"slice\"><button type=\"button\" class=\"slice-toggle\" aria-pressed=\"false\" data-off=\"")
                    .append(escape(only)).append("\" data-on=\"").append(escape(every)).append("\">").append(escape(only))
                    .append("</button> <span class=\"why\">hides the ").append(n - kept)
                    .append(n - kept == 1 ? " step that neither sent" : " steps that neither sent")
                    .append(" a message on the way to step ").append(breaking)
                    .append(" nor changed a value a step on the way read").append(escape(guess)).append("</span></p>\n");
        }
        out.append("<div class=\"scroll\">\n<div class=\"view\" data-view=\"all\">\n");
        SequenceDiagram.render(d, all, out);
        out.append("</div>\n");
        if (kept < n) {
            out.append("<div class=\"view\" data-view=\"slice\" hidden>\n");
            SequenceDiagram.render(d, slice, out);
            out.append("</div>\n");
        }
        out.append("</div>\n<details class=\"replay\"><summary>schedule and replay command</summary><pre>")
                .append(escape(s.replayCommand(v.run().schedule()))).append("</pre></details>\n</figure>\n");
    }
}
