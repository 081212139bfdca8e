package dev.sledcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.model.omicron.OmicronProperty;
import dev.sledcheck.model.omicron.fault.FaultKind;
import dev.sledcheck.model.omicron.fault.FaultPlan;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.run.Matrix;
import dev.sledcheck.reports.MatrixText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A wrong prediction is caught and shown, never copied into the result. */
class MatrixRunTest {

    @Test
    void aWrongPredictionIsReportedAsAMismatch() throws IOException {
        Predictions wrong = Predictions.parse(new BufferedReader(new StringReader(
                "# a deliberately wrong prediction\n"
                        + "seed-7282\tsim-fix\tS1v\tVIOLATED\twrong on purpose\n"
                        + "seed-7282\tsim-bug\t-\t-\tno prediction\n")));
        Matrix m = MatrixRun.run(wrong, Scenario.SEED_7282, SearchOptions.defaults());
        assertFalse(m.predictionsHold());
        assertEquals(1, m.mismatches());
        String text = MatrixText.render(m);
        assertTrue(text.contains("S !"), text);
        assertTrue(text.contains("! sim-fix S1v: predicted VIOLATED, found SAFE"), text);
        assertTrue(text.contains("predictions: 0 of 1 found as predicted"), text);
        // The unpredicted configuration is shown with what was found, unmarked.
        assertTrue(text.lines().anyMatch(l -> l.startsWith("sim-bug ") && l.contains(" V ")
                && !l.contains("=") && !l.contains("!")), text);
    }

    @Test
    void theMatrixUnderFaultsFindsTheRowsPredictedForItAndTheUnchangedOnes() throws IOException {
        Predictions p = Predictions.parse(new BufferedReader(new StringReader(
                "seed-7282\tsim-fix\tS1v\tSAFE\tpublish before remove\n"
                        + "seed-7282\tsim-fix\tL1\tSAFE\tevery run comes to rest\n"
                        + "seed-7282\t* --faults loss\t*\tunchanged\tonly L1 can break\n"
                        + "seed-7282\tsim-fix --faults loss\tL1\tVIOLATED\tthe poke panics\n")));
        Matrix m = MatrixRun.run(p, Scenario.SEED_7282, SearchOptions.defaults(), java.util.List.of("all"),
                new FaultPlan(Set.of(FaultKind.LOSS), 1), false);
        assertEquals("matrix seed-7282 --faults loss", m.title());
        assertEquals(1, m.rows().size());
        assertEquals("sim-fix --faults loss", m.rows().get(0).configuration());
        assertTrue(m.predictionsHold(), MatrixText.render(m));
        String text = MatrixText.render(m);
        assertTrue(text.contains("predictions: 2 of 2 found as predicted"), text);
        assertTrue(p.find(ConfigSyntax.parse(Scenario.SEED_7282, "sim-fix --faults loss"), OmicronProperty.S1v)
                .orElseThrow().why().startsWith("as without faults: only L1 can break"));
    }

    @Test
    void aRowForEveryConfigurationMustSayUnchanged() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Predictions.parse(new BufferedReader(new StringReader(
                        "seed-7282\t* --faults loss\tL1\tVIOLATED\tno\n"))));
        assertTrue(e.getMessage().contains("'unchanged'"), e.getMessage());
    }
}
