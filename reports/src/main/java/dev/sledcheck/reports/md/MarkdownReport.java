package dev.sledcheck.reports.md;

import dev.sledcheck.model.run.Cell;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Verdict;
import dev.sledcheck.reports.Plural;
import dev.sledcheck.reports.Report;
import dev.sledcheck.reports.ReportText;
import dev.sledcheck.reports.Section;
import dev.sledcheck.reports.Setting;
import dev.sledcheck.reports.TextLog;
import dev.sledcheck.reports.Timing;
import dev.sledcheck.reports.engines.AgreementRow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Report} as Markdown. A violation shows its run's first {@value #HEAD} and last
 * {@value #TAIL} steps (all of them when there are at most {@code HEAD + TAIL + 1}): how it starts,
 * and the steps that end in the break, which is always the last one. The replay command gives the
 * rest.
 */
public final class MarkdownReport {
    private MarkdownReport() {}

    static final int HEAD = 3;
    static final int TAIL = 6;

    public static void write(Report r, Appendable out) throws IOException {
        StringBuilder sb = new StringBuilder();
        render(r, sb);
        out.append(sb);
    }

    private static void render(Report r, StringBuilder sb) {
        sb.append("## sledcheck: ").append(inline(r.title())).append("\n\n");
        List<String> meta = new ArrayList<>();
        long predicted = 0;
        long right = 0;
        for (Section s : r.sections()) {
            for (Cell c : s.cells()) {
                if (c.predicted() != null) {
                    predicted++;
                    right += c.predictedRight() ? 1 : 0;
                }
            }
        }
        meta.add(Plural.of(r.sections().size(), "configuration") + " x "
                + Plural.of(r.properties().size(), "property", "properties"));
        if (predicted > 0) {
            meta.add("predictions: " + right + " of " + predicted + " found as predicted");
        }
        for (Setting s : r.options()) {
            meta.add(s.name() + ": " + s.value());
        }
        meta.add("reductions: " + (r.reductions().isEmpty() ? "none" : String.join(", ", r.reductions())));
        meta.add(Timing.shown(r.seconds()));
        sb.append(inline(String.join(" · ", meta))).append("\n\n");
        table(r, sb);
        if (r.agreement() != null) {
            engines(r, sb);
        }
        violations(r, sb);
    }

    private static void table(Report r, StringBuilder sb) {
        sb.append("| configuration | engine |");
        for (String p : r.properties()) {
            sb.append(' ').append(cell(p)).append(" |");
        }
        sb.append(" states | transitions |\n|---|---|");
        sb.append("---|".repeat(r.properties().size())).append("--:|--:|\n");
        for (Section s : r.sections()) {
            sb.append("| `").append(code(s.configuration())).append("` | checker |");
            for (String p : r.properties()) {
                Cell c = s.cell(p);
                sb.append(' ').append(c == null ? "-" : status(c)).append(" |");
            }
            sb.append(' ').append(s.result().stats().states()).append(" | ").append(s.result().stats().transitions())
                    .append(" |\n");
        }
        sb.append('\n');
        MarkdownLegends.write(r, sb);
    }

    private static String status(Cell c) {
        String found = c.found() == Status.VIOLATED ? "**VIOLATED**" : c.found().name();
        if (c.predicted() == null) {
            return found;
        }
        return found + (c.predictedRight() ? " =" : " ! (predicted " + c.predicted().name() + ")");
    }

    private static void engines(Report r, StringBuilder sb) {
        sb.append("### Engines side by side\n\n");
        sb.append("| configuration | property | checker | checker (full) | Lincheck | jcstress | agree |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        for (AgreementRow row : r.agreement().rows()) {
            sb.append("| `").append(code(row.configuration())).append("` | ").append(cell(row.property())).append(" | ")
                    .append(cell(row.checker())).append(" | ").append(cell(orDash(row.checkerFull()))).append(" | ")
                    .append(cell(orDash(row.lincheck()))).append(" | ").append(cell(ReportText.jcstress(row.jcstress())))
                    .append(" | ").append(row.agrees() ? "yes" : "**NO**").append(" |\n");
        }
        sb.append('\n');
        if (r.agreement().jcstressReport() != null) {
            sb.append("jcstress's own report: `").append(code(r.agreement().jcstressReport())).append("`\n\n");
        }
    }

    private static void violations(Report r, StringBuilder sb) {
        boolean any = false;
        for (Section s : r.sections()) {
            List<Verdict> broken = s.result().verdicts().stream()
                    .filter(v -> v.status() == Status.VIOLATED && v.run() != null).toList();
            if (broken.isEmpty()) {
                continue;
            }
            if (!any) {
                sb.append("### Violations\n\n");
                any = true;
            }
            // Several configurations fold, so a CI page stays short; one check shows its runs.
            boolean fold = !r.single();
            if (fold) {
                sb.append("<details><summary><code>").append(inline(s.configuration())).append("</code>: ")
                        .append(broken.size()).append(" violated (")
                        .append(String.join(", ", broken.stream().map(Verdict::property).toList()))
                        .append(")</summary>\n\n");
            }
            for (Verdict v : broken) {
                violation(s, v, sb);
            }
            if (fold) {
                sb.append("</details>\n\n");
            }
        }
        if (!any) {
            sb.append("No property is violated.\n");
        }
    }

    private static void violation(Section s, Verdict v, StringBuilder sb) {
        sb.append("**").append(inline(v.property())).append(" VIOLATED** in `").append(code(s.configuration()))
                .append("`: ").append(inline(v.description())).append(" (").append(Plural.of(v.run().length(), "step"))
                .append(")\n\n");
        List<String> lines = TextLog.run(v.run(), "").lines().toList();
        List<String> shown = new ArrayList<>();
        if (lines.size() <= HEAD + TAIL + 1) {
            shown.addAll(lines);
        } else {
            shown.addAll(lines.subList(0, HEAD));
            shown.add("   ... " + (lines.size() - HEAD - TAIL) + " steps ...");
            shown.addAll(lines.subList(lines.size() - TAIL, lines.size()));
        }
        fence("text", String.join("\n", shown), sb);
        fence("sh", s.replayCommand(v.run().schedule()), sb);
    }

    /** A code block whose fence is longer than any backtick run inside. */
    private static void fence(String lang, String body, StringBuilder sb) {
        int longest = 0;
        int run = 0;
        for (char c : body.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String f = "`".repeat(Math.max(3, longest + 1));
        sb.append(f).append(lang).append('\n').append(body).append('\n').append(f).append("\n\n");
    }

    /** Text outside code: no HTML gets through, and a table cell keeps its pipes. */
    static String inline(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String cell(String s) {
        return inline(s).replace("|", "\\|");
    }

    /** Text inside a one-backtick code span within a table: no backticks, no pipes. */
    static String code(String s) {
        return s.replace("`", "'").replace("|", "\\|");
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
