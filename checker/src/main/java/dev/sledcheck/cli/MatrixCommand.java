package dev.sledcheck.cli;

import dev.sledcheck.app.MatrixRun;
import dev.sledcheck.app.Predictions;
import dev.sledcheck.app.Reports;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.configs.Configured;
import dev.sledcheck.configs.ModelMatrix;
import dev.sledcheck.configs.ModelPredictions;
import dev.sledcheck.model.omicron.Options;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.run.Cell;
import dev.sledcheck.model.run.Matrix;
import dev.sledcheck.model.run.MatrixRow;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.provider.ModelProvider;
import dev.sledcheck.provider.Providers;
import dev.sledcheck.reports.Report;
import dev.sledcheck.reports.ReportText;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sledcheck matrix}: every configuration of the predictions file, predicted vs found. */
@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = {
            "Check every configuration of the predictions file and set each verdict beside its prediction.",
            "With --faults KINDS (omicron), every configuration runs under those faults, beside the predictions"
                + " made for it under them.",
            "omicron's predictions file (predictions.tsv) holds the verdicts expected from protocol.md, each"
                + " with its reason; another model (--model NAME) has a matrix when its provider ships"
                + " predictions (the examples do). A cell marked = was found as predicted, ! was not (and is"
                + " spelled out below the table); a cell without a prediction shows the finding alone.",
            ""},
        footer = {"", "Examples:",
            "  sledcheck matrix --report html=target/matrix.html",
            "  sledcheck matrix --report md     # in CI: appends to $GITHUB_STEP_SUMMARY",
            "  sledcheck matrix --faults dup",
            "  sledcheck matrix --model two-phase-commit",
            "Exit: 0 every prediction found; 1 some decided cell differs from its prediction; 3 none differs"
                + " but some is INCOMPLETE; 2 bad input or a model error."})
final class MatrixCommand implements Callable<Integer> {

    @Option(names = "--scenario", paramLabel = "S", converter = ScenarioOptions.ScenarioConverter.class,
            description = "Scenario whose configurations to check (default seed-7282; omicron only).")
    Scenario scenario = Scenario.SEED_7282;

    @Mixin
    FaultOptions faults;

    @Mixin
    SearchMixin search;

    @Mixin
    ReportMixin reports;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    Main main;

    @Mixin
    ModelChoice.Flag model;

    @Override
    public Integer call() {
        Signals.stopSearchesGracefully();
        if (!main.model.provider().name().equals(Providers.DEFAULT)) {
            return anyModel(main.model.provider());
        }
        SearchOptions options = search.options(Set.of());
        reports.preflight();
        long start = System.nanoTime();
        Options under = faults.applyTo(Options.defaults(scenario));
        Matrix m = MatrixRun.run(Predictions.load(), scenario, options, search.reductions(), under.faults(),
                under.updater());
        Report report = Reports.matrix(scenario, m, options, search.reductions(), (System.nanoTime() - start) / 1e9);
        return print(report);
    }

    /** The matrix of a model whose provider ships predictions; every input is checked before the first search. */
    private int anyModel(ModelProvider provider) {
        String name = provider.name();
        for (String omicronOnly : List.of("--faults", "--max-faults", "--updater")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(omicronOnly)) {
                throw new Main.BadInput(omicronOnly + " is an option of omicron's model; model " + name
                        + "'s configurations come from its predictions");
            }
        }
        if (spec.commandLine().getParseResult().hasMatchedOption("--scenario")) {
            throw new Main.BadInput("--scenario picks one of omicron's scenarios; model " + name
                    + "'s configurations come from its predictions");
        }
        ModelPredictions predictions = ModelPredictions.of(provider).orElseThrow(() -> new Main.BadInput(
                "matrix needs predictions, which model " + name + " does not ship; 'sledcheck check --model "
                        + name + "' checks it"));
        List<Configured> configurations = ModelMatrix.configurations(provider, predictions);
        SearchOptions options = search.options(Set.of());
        for (Configured c : configurations) {
            search.reductions(c.subject().model());
        }
        reports.preflight();
        Report report = ModelMatrix.run(provider, predictions, configurations, options, search.reductions);
        return print(report);
    }

    private int print(Report report) {
        var out = spec.commandLine().getOut();
        out.print(ReportText.summary(report));
        out.flush();
        reports.write(report, spec.commandLine().getErr());
        return code(report.matrix()).code();
    }

    /**
     * A cell a limit cut short is no missed prediction: it was not decided, so it makes the run
     * INCOMPLETE, and only a decided cell that differs from its prediction makes it VIOLATED.
     */
    static ExitCode code(Matrix m) {
        boolean incomplete = false;
        for (MatrixRow row : m.rows()) {
            for (Cell c : row.cells()) {
                if (c.found() == Status.INCOMPLETE) {
                    incomplete = true;
                } else if (!c.predictedRight()) {
                    return ExitCode.VIOLATED;
                }
            }
        }
        return incomplete ? ExitCode.INCOMPLETE : ExitCode.OK;
    }
}
