package dev.sledcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.gate.Memo;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Status;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every row of the predictions file, configuration by configuration, against a full BFS. */
class PredictionsTest {
    private static final Predictions PREDICTIONS = Predictions.load();
    /** Each configuration's full search, once per test JVM: many test classes compare against it. */
    private static final Memo<Configuration, CheckResult> RESULTS =
            new Memo<>(c -> OmicronCheck.run(c, SearchOptions.defaults()));

    static CheckResult result(Configuration c) {
        return RESULTS.get(c);
    }

    /** The rows of the matrix without faults (FaultMatrixTest checks the matrix under faults). */
    static Stream<Arguments> rows() {
        return PREDICTIONS.all().stream().filter(p -> !p.configuration().options().faults().any()
                && !p.configuration().options().updater())
                .map(p -> Arguments.of(p.configuration().describe() + " " + p.property(), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void predictedVerdictIsFound(String name, Prediction p) {
        CheckResult r = result(p.configuration());
        assertEquals(p.expected(), r.verdict(p.property().name()).status(), () -> name + ": " + p.why());
    }

    @Test
    void theIssueTableIsInThePredictions() {
        // The rows issue #3 gives, spelled here once more so that editing the file cannot drop them.
        List<String[]> table = List.of(
                new String[] {"sim-bug", "S1v", "VIOLATED"}, new String[] {"sim-fix", "S1v", "SAFE"},
                new String[] {"real-fix", "S1v", "SAFE"}, new String[] {"sim-fix-skip-terminal", "S1v", "SAFE"},
                new String[] {"real-pre", "S1v", "VIOLATED"}, new String[] {"no-gen-check", "S1v", "VIOLATED"},
                new String[] {"gen-le", "S1v", "VIOLATED"}, new String[] {"watcher-reread", "S1v", "VIOLATED"},
                new String[] {"failed-gen-plus-2", "S1v", "VIOLATED"}, new String[] {"skip-terminal", "S1v", "VIOLATED"},
                new String[] {"sim-bug", "S4", "VIOLATED"}, new String[] {"sim-bug --intent on", "S1v", "VIOLATED"},
                new String[] {"sim-bug --intent on", "S4", "SAFE"});
        for (String[] row : table) {
            Configuration c = ConfigSyntax.parse(Scenario.SEED_7282, row[0]);
            var p = PREDICTIONS.find(c, dev.sledcheck.model.omicron.OmicronProperty.valueOf(row[1]));
            assertTrue(p.isPresent(), () -> "no prediction for " + String.join(" ", row));
            assertEquals(Status.valueOf(row[2]), p.get().expected(), () -> String.join(" ", row));
        }
    }

    @Test
    void everySafeVerdictComesFromACompleteSearch() {
        for (Configuration c : PREDICTIONS.configurations(Scenario.SEED_7282)) {
            CheckResult r = result(c);
            boolean anySafe = r.verdicts().stream().anyMatch(v -> v.status() == Status.SAFE);
            if (anySafe) {
                assertTrue(r.stats().complete(), c.describe() + " says SAFE without a complete search");
            }
            assertFalse(r.anyIncomplete(), c.describe());
        }
    }
}
