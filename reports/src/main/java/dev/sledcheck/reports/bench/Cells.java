package dev.sledcheck.reports.bench;

import java.util.List;
import java.util.Locale;

/** A row's cells as text, the same for the text and Markdown tables. */
final class Cells {
    private Cells() {}

    static final List<String> HEADER = List.of("variant", "instances", "passes", "user-stop", "reduction",
            "outcome", "states", "transitions", "seconds", "states/s", "bytes/state", "vs none", "store");

    /** Which columns are numbers (right-aligned). */
    static final List<Boolean> NUMERIC = List.of(false, true, true, false, false, false, true, true, true, true,
            true, true, false);

    static List<String> of(BenchRow r) {
        return List.of(r.variant(), Integer.toString(r.instances()), Integer.toString(r.passes()),
                r.userStop() ? "on" : "off", r.reduction(), r.outcome(), Long.toString(r.states()),
                Long.toString(r.transitions()), String.format(Locale.ROOT, "%.2f", r.seconds()),
                Long.toString(Math.round(r.statesPerSecond())),
                r.bytesPerState() < 0 ? "-" : Long.toString(Math.round(r.bytesPerState())),
                Double.isNaN(r.ratioToNone()) ? "-" : String.format(Locale.ROOT, "%.2f", r.ratioToNone()),
                r.store());
    }
}
