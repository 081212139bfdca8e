package dev.sledcheck.reports.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A row's cells as text, the same for the text and Markdown tables: its key columns, then the measures. */
final class Cells {
    private Cells() {}

    /** The columns after the key, the same in every table. */
    private static final List<String> MEASURES = List.of("reduction", "outcome", "states", "transitions", "seconds",
            "states/s", "bytes/state", "all-in", "vs none", "store");

    /** Which of {@link #MEASURES} are numbers (right-aligned). */
    private static final List<Boolean> MEASURES_NUMERIC = List.of(false, false, true, true, true, true, true, true,
            true, false);

    /** With a baseline, two more: its states per second, and this build's as a multiple of it. */
    private static final List<String> AGAINST = List.of("before states/s", "x before");

    static List<String> header(BenchTable t) {
        List<String> out = new ArrayList<>(t.columns().stream().map(KeyColumn::header).toList());
        out.addAll(MEASURES);
        if (t.baseline() != null) {
            out.addAll(AGAINST);
        }
        return out;
    }

    /** Which columns are numbers (right-aligned). */
    static List<Boolean> numeric(BenchTable t) {
        List<Boolean> out = new ArrayList<>(t.columns().stream().map(c -> c.kind() == KeyColumn.Kind.NUMBER).toList());
        out.addAll(MEASURES_NUMERIC);
        if (t.baseline() != null) {
            out.addAll(List.of(true, true));
        }
        return out;
    }

    static List<String> of(BenchTable t, BenchRow r) {
        List<String> out = of(r);
        if (t.baseline() != null) {
            double before = t.baseline().statesPerSecond(r);
            double speedup = t.baseline().speedup(r);
            out.add(Double.isNaN(before) ? "-" : Long.toString(Math.round(before)));
            out.add(Double.isNaN(speedup) ? "-" : String.format(Locale.ROOT, "%.2f", speedup));
        }
        return out;
    }

    private static List<String> of(BenchRow r) {
        List<String> out = new ArrayList<>(r.key());
        out.addAll(List.of(r.reduction(), r.outcome(), Long.toString(r.states()),
                Long.toString(r.transitions()), String.format(Locale.ROOT, "%.2f", r.seconds()),
                Long.toString(Math.round(r.statesPerSecond())),
                r.bytesPerState() < 0 ? "-" : Long.toString(Math.round(r.bytesPerState())),
                r.allInPerState() < 0 ? "-" : Long.toString(Math.round(r.allInPerState())),
                Double.isNaN(r.ratioToNone()) ? "-" : String.format(Locale.ROOT, "%.2f", r.ratioToNone()),
                r.store()));
        return out;
    }
}
