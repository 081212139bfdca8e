package dev.sledcheck.reports;

import dev.sledcheck.reports.engines.Agreement;
import dev.sledcheck.reports.engines.AgreementRow;
import dev.sledcheck.reports.engines.JcstressOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole {@link Report} as text. One check prints exactly {@link TextLog#result}; several
 * configurations print the {@link MatrixText} table, then each configuration's block; the other
 * engines, when present, come last as a table.
 */
public final class ReportText {
    private ReportText() {}

    /** Everything: what a text report file holds and what {@code check} prints. */
    public static String render(Report r) {
        return render(r, Detail.SHORT);
    }

    /** As above, saying as much as {@code detail} asks. */
    public static String render(Report r, Detail verbose) {
        StringBuilder sb = new StringBuilder();
        if (r.single()) {
            Section s = r.sections().get(0);
            sb.append(TextLog.result(s.result(), s.replay(), verbose));
        } else {
            sb.append(summary(r));
            for (Section s : r.sections()) {
                sb.append("\n== ").append(s.configuration()).append(" ==\n");
                sb.append(TextLog.result(s.result(), s.replay(), verbose));
            }
        }
        if (r.agreement() != null) {
            sb.append('\n').append(engines(r.agreement()));
        }
        return sb.toString();
    }

    /** The table and the total time: what {@code matrix} prints. */
    public static String summary(Report r) {
        return MatrixText.render(r.matrix()) + Timing.shown(r.seconds()) + "\n";
    }

    /** The engines side by side, one row per question. */
    public static String engines(Agreement a) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"configuration", "property", "checker", "checker (full)", "lincheck", "jcstress", "agree"});
        for (AgreementRow row : a.rows()) {
            rows.add(new String[] {row.configuration(), row.property(), row.checker(), orDash(row.checkerFull()),
                orDash(row.lincheck()), jcstress(row.jcstress()), row.agrees() ? "yes" : "NO"});
        }
        int[] w = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                w[i] = Math.max(w[i], row[i].length());
            }
        }
        StringBuilder sb = new StringBuilder("engines (from ").append(a.source()).append(")\n");
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]).append(" ".repeat(w[i] - row[i].length() + 2));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        for (AgreementRow row : a.rows()) {
            if (!row.note().isEmpty()) {
                sb.append("  ").append(row.configuration()).append(' ').append(row.property()).append(": ")
                        .append(row.note()).append('\n');
            }
        }
        if (a.jcstressReport() != null) {
            sb.append("jcstress report: ").append(a.jcstressReport()).append('\n');
        }
        return sb.toString();
    }

    /** {@code ACCEPTABLE_INTERESTING 12, ACCEPTABLE 99988} or {@code -} when jcstress did not run. */
    public static String jcstress(List<JcstressOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return "-";
        }
        List<String> parts = new ArrayList<>();
        for (JcstressOutcome o : outcomes) {
            parts.add(o.outcome() + " " + o.grade() + " " + o.count());
        }
        return String.join(", ", parts);
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
