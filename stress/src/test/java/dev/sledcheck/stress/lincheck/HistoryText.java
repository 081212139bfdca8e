package dev.sledcheck.stress.lincheck;

import dev.sledcheck.model.omicron.OmicronProperty;
import dev.sledcheck.stress.omicron.Findings;
import dev.sledcheck.stress.omicron.Happening;
import dev.sledcheck.stress.races.Race;
import java.util.List;

/** A broken history as text: the properties, then every entry, each breaking one marked. */
final class HistoryText {
    private HistoryText() {}

    /** The first line names the broken properties: {@code S1v S1i S3 S4 broken on the threaded runtime}. */
    static String verdict(Race race, List<Happening> history) {
        Findings f = Findings.of(history);
        StringBuilder sb = new StringBuilder(f.brokenText()).append(" broken on the threaded runtime (")
                .append(race.title()).append("); terminal writes landed: ").append(f.landed())
                .append("; Nexus's history:");
        for (Happening h : history) {
            sb.append("\n    ").append(h.describe());
            OmicronProperty p = Findings.breaks(h);
            if (p != null) {
                sb.append("   <== ").append(p.name()).append(p == OmicronProperty.S1v ? " (spurious Failed VMM row)"
                        : p == OmicronProperty.S1i ? " (instance Failed)" : "");
            }
        }
        return sb.toString();
    }
}
