package dev.sledcheck.reports.bench;

import dev.sledcheck.reports.Setting;
import java.util.ArrayList;
import java.util.List;

/** The scaling table as GitHub Markdown. */
public final class BenchMarkdown {
    private BenchMarkdown() {}

    public static String render(BenchTable t) {
        StringBuilder sb = new StringBuilder("## ").append(t.title()).append("\n\n");
        List<String> settings = new ArrayList<>();
        for (Setting s : t.settings()) {
            settings.add(s.name() + " " + s.value());
        }
        sb.append(String.join(" · ", settings)).append("\n\n");
        row(sb, Cells.header(t));
        List<String> rule = new ArrayList<>();
        for (boolean numeric : Cells.numeric(t)) {
            rule.add(numeric ? "--:" : "---");
        }
        row(sb, rule);
        for (BenchRow r : t.rows()) {
            row(sb, Cells.of(t, r));
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, List<String> cells) {
        sb.append('|');
        for (String c : cells) {
            sb.append(' ').append(c.replace("|", "\\|")).append(" |");
        }
        sb.append('\n');
    }
}
