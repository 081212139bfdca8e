package dev.sledcheck.stress.agreement;

import dev.sledcheck.model.omicron.OmicronProperty;
import dev.sledcheck.stress.lincheck.LincheckVerdict;
import dev.sledcheck.stress.races.CheckerAnswer;
import java.util.Map;

/**
 * The agreement as text: one line per configuration, then each jcstress test's outcome counts and
 * notes. Lincheck's column is its S1v-S4 run; {@code (+S1v)} marks a race whose S1v-only run showed
 * the spurious Failed although the S1v-S4 run stopped at another property first.
 */
final class AgreementTable {
    private AgreementTable() {}

    /** Columns wide enough for the longest race title and for all of S1v-S4 broken at once. */
    private static final String ROW = "%-31s %-26s %-26s %-26s %-30s %s%n";

    static String render(Iterable<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(ROW, "configuration", "checker same-thread",
                "checker full", "Lincheck", "jcstress interesting/forbidden", "agreement"));
        for (Row r : rows) {
            String jc = r.jcstress() == null ? "not run"
                    : r.jcstress().count("ACCEPTABLE_INTERESTING") + "/" + r.jcstress().count("FORBIDDEN")
                    + " of " + r.jcstress().samples();
            String lin = r.lincheck() == null ? "NOT_RUN" : r.lincheck().verdict() + " " + join(r.lincheck().broken())
                    + (r.lincheck().s1v().equals(LincheckVerdict.VIOLATED) && !r.lincheck().broken().contains(OmicronProperty.S1v)
                    ? " (+S1v)" : "");
            sb.append(String.format(ROW, r.race().title(),
                    CheckerAnswer.verdict(r.checker().sameThreadViolated()) + " " + join(r.checker().sameThreadViolated()),
                    CheckerAnswer.verdict(r.checker().fullViolated()) + " " + join(r.checker().fullViolated()),
                    lin.trim(), jc, r.agreement()));
        }
        sb.append('\n');
        for (Row r : rows) {
            sb.append(r.race().title()).append(": jcstress ")
                    .append(r.jcstress() == null ? "not run" : r.jcstress().name().replaceAll(".*\\.", "")).append('\n');
            if (r.jcstress() != null) {
                for (Map.Entry<String, Long> e : r.jcstress().counts().entrySet()) {
                    sb.append(String.format("    %-36s %12d  %s%n", e.getKey(), e.getValue(),
                            r.jcstress().expect().get(e.getKey())));
                }
            }
            for (String n : r.notes()) {
                sb.append("    note: ").append(n).append('\n');
            }
        }
        return sb.toString();
    }

    private static String join(java.util.List<?> ps) {
        StringBuilder sb = new StringBuilder();
        for (Object p : ps) {
            sb.append(sb.length() == 0 ? "" : " ").append(p);
        }
        return sb.toString();
    }
}
