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

    static List<String> header(BenchTable t) {
        List<String> out = new ArrayList<>(t.columns().stream().map(KeyColumn::header).toList());
        out.addAll(MEASURES);
        return out;
    }

    /** Which columns are numbers (right-aligned). */
    static List<Boolean> numeric(BenchTable t) {
        List<Boolean> out = new ArrayList<>(t.columns().stream().map(c -> c.kind() == KeyColumn.Kind.NUMBER).toList());
        out.addAll(MEASURES_NUMERIC);
        return out;
    }

    static List<String> of(BenchRow r) {
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
