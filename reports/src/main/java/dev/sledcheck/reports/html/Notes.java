package dev.sledcheck.reports.html;

import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.core.Ledger;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Step;
import dev.sledcheck.reports.Wrap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The note column: the facets the run's {@link Ledger} names (for omicron, Nexus's rows) where a step changes
 * them, as {@code {cssClass, text}} lines, the new value then what it was. Each step is told
 * against the step just before it in the run, so a diagram that hides steps still says what each
 * shown step changed. The first step shows every row: the reader needs where the run starts.
 */
final class Notes {
    private Notes() {}

    /** The note of each step of {@code run}, in order. */
    static List<List<String[]>> of(Run run) {
        List<List<String[]>> out = new ArrayList<>();
        Map<String, String> before = rows(run.start(), run.ledger());
        for (Step s : run.steps()) {
            Map<String, String> now = rows(s.after(), run.ledger());
            out.add(lines(before, now, s.number() == 1));
            before = now;
        }
        return out;
    }

    private static List<String[]> lines(Map<String, String> before, Map<String, String> now, boolean first) {
        List<String[]> lines = new ArrayList<>();
        for (Map.Entry<String, String> e : now.entrySet()) {
            String old = before.get(e.getKey());
            boolean same = e.getValue().equals(old);
            if (same && !first) {
                continue;
            }
            for (String l : Wrap.lines(e.getKey() + " " + e.getValue(), Layout.NOTE_CHARS)) {
                lines.add(new String[] {"", l});
            }
            if (old != null && !same) {
                for (String l : Wrap.lines("was " + old, Layout.NOTE_CHARS)) {
                    lines.add(new String[] {"was", l});
                }
            }
        }
        for (String gone : before.keySet()) {
            if (!now.containsKey(gone)) {
                lines.add(new String[] {"was", gone + " gone"});
            }
        }
        return lines;
    }

    private static Map<String, String> rows(List<Facet> facets, Ledger ledger) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Facet f : facets) {
            if (ledger.notes(f)) {
                m.put(ledger.name(f), f.value());
            }
        }
        return m;
    }
}
