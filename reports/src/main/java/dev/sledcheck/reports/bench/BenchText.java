package dev.sledcheck.reports.bench;

import dev.sledcheck.reports.Setting;
import java.util.ArrayList;
import java.util.List;

/** The scaling table as aligned plain text, what {@code bench} prints. */
public final class BenchText {
    private BenchText() {}

    public static String render(BenchTable t) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(Cells.header(t));
        for (BenchRow r : t.rows()) {
            lines.add(Cells.of(t, r));
        }
        List<Boolean> numeric = Cells.numeric(t);
        int[] width = new int[numeric.size()];
        for (List<String> l : lines) {
            for (int i = 0; i < l.size(); i++) {
                width[i] = Math.max(width[i], l.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder(t.title()).append('\n');
        List<String> settings = new ArrayList<>();
        for (Setting s : t.settings()) {
            settings.add(s.name() + " " + s.value());
        }
        sb.append("  ").append(String.join(", ", settings)).append("\n\n");
        for (List<String> l : lines) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < l.size(); i++) {
                String cell = l.get(i);
                String pad = " ".repeat(width[i] - cell.length());
                line.append(i == 0 ? "" : "  ").append(numeric.get(i) ? pad + cell : cell + pad);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }
}
