package dev.sledcheck.reports;

import dev.sledcheck.model.run.Cell;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Verdict;
import java.util.ArrayList;
import java.util.List;

/** What a report's legends must explain: the verdict words it shows, and whether it has predictions. */
public final class Legend {
    private Legend() {}

    /** The statuses any verdict of {@code r} has, in {@link Status}'s order. */
    public static List<Status> statuses(Report r) {
        List<Status> out = new ArrayList<>();
        for (Status st : Status.values()) {
            boolean shown = r.sections().stream().flatMap(s -> s.result().verdicts().stream())
                    .map(Verdict::status).anyMatch(st::equals);
            if (shown) {
                out.add(st);
            }
        }
        return out;
    }

    /** Whether any cell of {@code r} has a prediction (only then do the = and ! marks appear). */
    public static boolean predicted(Report r) {
        return r.sections().stream().flatMap(s -> s.cells().stream()).map(Cell::predicted).anyMatch(p -> p != null);
    }
}
