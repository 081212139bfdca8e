package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.configs.ModelPredictions;
import dev.sledcheck.provider.Providers;
import dev.sledcheck.reports.Report;
import dev.sledcheck.reports.json.Document;
import dev.sledcheck.reports.json.Documents;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code matrix --model NAME}: another model's predictions beside what is found, in every format. */
class AnyModelMatrixTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"two-phase-commit", "peterson", "retrying-client", "die-hard"})
    void everyRowOfAnExampleIsFoundAsPredicted(String model) {
        ModelPredictions predictions = ModelPredictions.of(Providers.byName(model).orElseThrow()).orElseThrow();
        Cli r = Cli.run("matrix", "--model", model);
        assertEquals(0, r.exit(), r.out() + r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("matrix " + model + ": " + predictions.configurations().size()
                + " configuration"), lines.get(0));
        for (int i = 0; i < predictions.configurations().size(); i++) {
            String row = lines.get(3 + i);
            String label = predictions.configurations().get(i);
            assertTrue(row.startsWith(label + " "), row);
            long marked = predictions.all().stream().filter(p -> p.configuration().equals(label)).count();
            assertEquals(marked, row.split(" =", -1).length - 1, "a '=' per predicted cell: " + row);
        }
        int n = predictions.all().size();
        assertTrue(r.out().contains("\npredictions: " + n + " of " + n + " found as predicted\n"), r.out());
    }

    @Test
    void theBrokenVariantsShowTheirViolations() {
        String twoPhase = Cli.run("matrix", "--model", "two-phase-commit").out();
        assertTrue(twoPhase.contains("\n--rms 3 --eager-commit  V =           S =           R =           R =  "),
                twoPhase);
        String peterson = Cli.run("matrix", "--model", "peterson").out();
        assertTrue(peterson.contains("\n--broken        S =              V =         R =  "), peterson);
    }

    @Test
    void everyReportFormatAndRenderFromJson() throws IOException {
        Path a = dir.resolve("a");
        Cli matrix = ReportCliTest.withReports(a, "matrix", "--model", "two-phase-commit");
        assertEquals(0, matrix.exit(), matrix.err());
        String json = ReportCliTest.read(a.resolve("report.json"));
        SchemaCheck.assertValid(json);
        Report report = ((Document.Result) Documents.read(a.resolve("report.json"))).report();
        assertEquals("matrix two-phase-commit", report.title());
        assertEquals("--rms 3", report.sections().get(0).configuration());
        assertEquals(List.of("TCConsistent", "MsgsOnlyGrow", "AllCommitted", "AllAborted", "NoDeadlock"),
                report.properties(), "the model's properties, then the deadlock check every model gets");
        assertTrue(report.options().get(0).name().equals("model") && report.options().get(0).value()
                .equals("two-phase-commit"), report.options().toString());
        assertEquals(List.of("symmetry"), report.reductions());

        String md = ReportCliTest.read(a.resolve("report.md"));
        assertTrue(md.contains("| `--rms 3 --eager-commit` | checker | **VIOLATED** = | SAFE = | REACHED = | REACHED = |"),
                md);
        assertTrue(md.contains("sledcheck replay --model two-phase-commit --rms 3 --eager-commit --schedule '"), md);
        String html = ReportCliTest.read(a.resolve("report.html"));
        assertTrue(html.contains("id=\"cx-rms-3-eager-commit-tcconsistent\""), "the counterexample's figure");
        assertTrue(ReportCliTest.read(a.resolve("report.text")).startsWith(matrix.out().replaceAll("time .*\\n$", "")),
                "the text report opens with what matrix prints");

        Path b = dir.resolve("b");
        Cli render = ReportCliTest.withReports(b, "render", "--from", a.resolve("report.json").toString());
        assertEquals(0, render.exit(), render.err());
        for (String f : ReportCliTest.FORMATS) {
            assertEquals(ReportCliTest.read(a.resolve("report." + f)), ReportCliTest.read(b.resolve("report." + f)),
                    f + " re-rendered from JSON");
        }
    }

    @Test
    void aReductionTheModelDoesNotOfferIsOneLine() {
        CliContractTest.oneLine(Cli.run("matrix", "--model", "peterson", "--reduction", "gen"),
                "unknown reduction 'gen'; valid: none, all");
        CliContractTest.oneLine(Cli.run("matrix", "--model", "two-phase-commit", "--reduction", "por"),
                "unknown reduction 'por'; valid: none, all, symmetry");
    }

    @Test
    void underNoReductionTheRawCountsAndTheSameVerdicts() {
        Cli r = Cli.run("matrix", "--model", "two-phase-commit", "--reduction", "none");
        assertEquals(0, r.exit(), r.err());
        // 288 and 8,832 are TLC's counts of TwoPhase for 3 and 5 RMs (docs/examples.md)
        assertTrue(r.out().matches("(?s).*\\n--rms 3 [ SR=]+ +288 +1145\\n--rms 5 [ SR=]+ +8832 +58145\\n.*"), r.out());
    }

    @Test
    void theScenarioIsOmicronsAlone() {
        CliContractTest.oneLine(Cli.run("matrix", "--model", "peterson", "--scenario", "scale"),
                "--scenario picks one of omicron's scenarios; model peterson's configurations come from its predictions");
    }

    @Test
    void aModelWithoutPredictionsIsOneLine() {
        Cli r = ExtraModels.with(dir, List.of(ExtraModels.Unpredicted.class),
                () -> Cli.run("matrix", "--model", "unpredicted"));
        CliContractTest.oneLine(r, "matrix needs predictions, which model unpredicted does not ship;"
                + " 'sledcheck check --model unpredicted' checks it");
    }

    @Test
    void aMissedPredictionIsMarkedSpelledOutAndExitsOne() {
        // The file sits beside the provider's class, as a user's jar would ship it.
        Cli r = ExtraModels.with(dir, List.of(ExtraModels.Mispredicted.class),
                () -> Cli.run("matrix", "--model", "mispredicted"));
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("\n-              S =     R !  "), r.out());
        assertTrue(r.out().contains("predictions: 1 of 2 found as predicted\n  ! - BigHasFour: predicted UNREACHED,"
                + " found REACHED (prediction's reason: a wrong guess)\n"), r.out());
    }
}
