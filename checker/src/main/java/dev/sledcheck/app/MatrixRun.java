package dev.sledcheck.app;

import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.OmicronProperty;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.omicron.fault.FaultPlan;
import dev.sledcheck.model.run.Cell;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Matrix;
import dev.sledcheck.model.run.MatrixRow;
import dev.sledcheck.model.run.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Checks every configuration the predictions file lists for a scenario and sets them side by side. */
public final class MatrixRun {
    private MatrixRun() {}

    public static Matrix run(Predictions predictions, Scenario scenario, SearchOptions options) {
        return run(predictions, scenario, options, List.of());
    }

    /** As above, exploring under the named reductions. */
    public static Matrix run(Predictions predictions, Scenario scenario, SearchOptions options, List<String> reductions) {
        return run(predictions, scenario, options, reductions, FaultPlan.NONE, false);
    }

    /**
     * As above, every configuration under {@code faults} (and with the instance updater if
     * {@code updater}): the matrix under faults, beside the predictions made for it.
     */
    public static Matrix run(Predictions predictions, Scenario scenario, SearchOptions options, List<String> reductions,
            FaultPlan faults, boolean updater) {
        List<MatrixRow> rows = new ArrayList<>();
        for (Configuration c : predictions.configurations(scenario, faults, updater)) {
            CheckResult r = OmicronCheck.run(c, options, reductions);
            List<Cell> cells = new ArrayList<>();
            for (Verdict v : r.verdicts()) {
                OmicronProperty p = OmicronProperty.valueOf(v.property());
                Optional<Prediction> pr = predictions.find(c, p);
                cells.add(new Cell(v.property(), v.status(), pr.map(Prediction::expected).orElse(null),
                        pr.map(Prediction::why).orElse("")));
            }
            rows.add(new MatrixRow(c.variantAndOptions(), r, cells));
        }
        List<String> props = Arrays.stream(OmicronProperty.values()).map(Enum::name).toList();
        List<String> title = new ArrayList<>(List.of("matrix", scenario.id()));
        title.addAll(Configuration.faultArgs(faults, updater));
        return new Matrix(String.join(" ", title), props, rows);
    }
}
