package dev.sledcheck.stress.agreement;

import dev.sledcheck.stress.lincheck.LincheckVerdict;
import dev.sledcheck.stress.races.CheckerAnswer;
import dev.sledcheck.stress.races.Race;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The last step of the stress module's verify run: sets the checker's verdicts (same-thread and
 * full, computed here), Lincheck's (recorded by LincheckFindsTest and LincheckNoneFoundTest) and
 * jcstress's (recorded by {@link JcstressRun}) side by side for every race, writes
 * {@code agreement.json} (schema in stress/README.md), prints it as a table, and exits 1 on any
 * disagreement.
 *
 * <p>Usage: {@code Agreement LINCHECK_DIR JCSTRESS_SUMMARY OUT_JSON}.
 */
public final class Agreement {
    private Agreement() {}

    public static void main(String[] args) throws IOException {
        Path lincheckDir = Path.of(args[0]);
        JcstressSummary summary = JcstressSummary.read(Path.of(args[1]));
        Path out = Path.of(args[2]);
        List<Row> rows = new ArrayList<>();
        double checkerSeconds = 0;
        double lincheckSeconds = 0;
        for (Race race : Race.values()) {
            CheckerAnswer c = CheckerAnswer.of(race);
            checkerSeconds += c.seconds();
            LincheckVerdict l = LincheckVerdict.read(race, lincheckDir);
            lincheckSeconds += l == null ? 0 : l.seconds();
            rows.add(Row.judge(race, c, l, summary));
        }
        boolean agree = rows.stream().allMatch(r -> r.disagreements().isEmpty());

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schemaVersion", 1);
        doc.put("configurations", rows.stream().map(Row::json).toList());
        Map<String, Object> engines = new LinkedHashMap<>();
        engines.put("checkerSeconds", checkerSeconds);
        engines.put("lincheckSeconds", lincheckSeconds);
        engines.put("jcstressSeconds", summary == null ? 0.0 : summary.seconds());
        engines.put("jcstressFilter", summary == null ? "" : summary.filter());
        doc.put("engines", engines);
        doc.put("agree", agree);
        Files.writeString(out, Json.write(doc), StandardCharsets.UTF_8);

        System.out.print(AgreementTable.render(rows));
        System.out.printf(Locale.ROOT, "engines: checker %.1f s, Lincheck %.1f s, jcstress %.1f s%n",
                checkerSeconds, lincheckSeconds, summary == null ? 0.0 : summary.seconds());
        System.out.println("written: " + out.toAbsolutePath().normalize());
        if (!agree) {
            System.out.println("DISAGREEMENT: the engines do not agree (see above)");
            System.exit(1);
        }
        System.out.println("the three engines agree on " + rows.size() + " configurations");
    }
}
