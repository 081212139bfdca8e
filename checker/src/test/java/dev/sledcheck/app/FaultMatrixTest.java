package dev.sledcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.OmicronProperty;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.omicron.fault.FaultKind;
import dev.sledcheck.model.omicron.fault.FaultPlan;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The matrix under each fault kind (and lost sagas with the instance updater), against the
 * predictions made for it, within verify's time: every configuration of the matrix but the four
 * whose racing stop makes them tens of thousands of states under faults (the stop guard's, a few
 * thousand, stays). {@code sledcheck matrix --faults KIND} runs them all; docs/model.md has that table.
 */
class FaultMatrixTest {
    private static final Predictions PREDICTIONS = Predictions.load();

    static Stream<Arguments> settings() {
        List<Arguments> out = new ArrayList<>();
        for (FaultKind k : FaultKind.values()) {
            out.add(Arguments.of(k.id(), new FaultPlan(Set.of(k), 1), false));
        }
        out.add(Arguments.of("lost-saga --updater", new FaultPlan(Set.of(FaultKind.LOST_SAGA), 1), true));
        return out.stream();
    }

    /** The matrix's configurations under {@code plan}, the large racing-stop ones left to the command. */
    static List<Configuration> small(FaultPlan plan, boolean updater) {
        return PREDICTIONS.configurations(Scenario.SEED_7282, plan, updater).stream()
                .filter(c -> !c.options().userStop() || c.variant().stopGuard().name().equals("TERMINAL_IS_DONE"))
                .toList();
    }

    @ParameterizedTest(name = "--faults {0}")
    @MethodSource("settings")
    void everyPredictionUnderFaultsIsFound(String name, FaultPlan plan, boolean updater) {
        List<Configuration> configs = small(plan, updater);
        assertTrue(configs.size() >= 14, configs.size() + " configurations");
        for (Configuration c : configs) {
            CheckResult r = OmicronCheck.run(c, SearchOptions.defaults(), List.of("all"));
            assertFalse(r.anyIncomplete(), c.describe());
            for (OmicronProperty p : OmicronProperty.values()) {
                Prediction pr = PREDICTIONS.find(c, p).orElseThrow(() -> new AssertionError("no prediction for "
                        + c.describe() + " " + p));
                assertEquals(pr.expected(), r.verdict(p.name()).status(), () -> c.describe() + " " + p + ": " + pr.why());
                if (pr.expected() == Status.SAFE) {
                    assertTrue(r.stats().complete(), c.describe() + " says SAFE without a complete search");
                }
            }
        }
    }
}
