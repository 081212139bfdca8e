package dev.sledcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.run.Matrix;
import dev.sledcheck.reports.MatrixText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
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
}
