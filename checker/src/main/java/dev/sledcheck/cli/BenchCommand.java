package dev.sledcheck.cli;

import dev.sledcheck.app.Bench;
import dev.sledcheck.app.BenchPlan;
import dev.sledcheck.app.BenchRun;
import dev.sledcheck.app.ReductionSettings;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.checker.FrontierOptions;
import dev.sledcheck.checker.StoreMode;
import dev.sledcheck.configs.ModelBench;
import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.provider.ModelProvider;
import dev.sledcheck.provider.Providers;
import dev.sledcheck.reports.bench.Baseline;
import dev.sledcheck.reports.bench.BenchRow;
import dev.sledcheck.reports.bench.BenchTable;
import dev.sledcheck.reports.bench.BenchText;
import dev.sledcheck.reports.bench.KeyColumn;
import dev.sledcheck.reports.output.Echo;
import dev.sledcheck.reports.output.Format;
import dev.sledcheck.reports.output.ReportFiles;
import dev.sledcheck.reports.output.ReportTargetException;
import dev.sledcheck.reports.output.Target;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sledcheck bench}: a scaling table, of omicron's scale scenario or of another model's configurations. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {
            "Check a model at growing sizes under each reduction setting, and tabulate the costs.",
            "For omicron (the default model) a size is N instances x watcher passes of the scale scenario,"
                + " with or without a racing user stop. For another model (--model NAME) a size is a --config,"
                + " its options as on the command line; by default the sizes the model declares, else its"
                + " defaults alone. The table gives"
                + " distinct states, transitions, seconds, states per second, bytes per state (heap the"
                + " finished search holds, per state) and each setting's time as a ratio to 'none'. Every run"
                + " has a time budget; a run cut by it says INCOMPLETE.",
            ""},
        footer = {"", "Examples:",
            "  sledcheck bench                    # the full table: many minutes",
            "  sledcheck bench --instances 1,2 --passes 1 --user-stop off \\",
            "      --report md=target/bench.md",
            "  sledcheck bench --instances 3 --passes 1 --user-stop off --variant sim-fix \\",
            "      --reduction none --store fingerprint --baseline old/sledcheck.jar",
            "  sledcheck bench --model two-phase-commit --config '--rms 5' \\",
            "      --config '--rms 7'",
            "Exit: 0 tabulated; 2 bad input."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "ARGS",
            description = "Another model's configuration to measure, its options as on the command line, quoted"
                    + " as one word (repeatable; '-' for its defaults): --config '--rms 5'.")
    List<String> configs = new ArrayList<>();

    @Option(names = "--variant", paramLabel = "V", converter = ScenarioOptions.VariantConverter.class,
            description = "A variant to measure (repeatable; default sim-fix and sim-bug).")
    List<Variant> variants = new ArrayList<>();

    @Option(names = "--instances", paramLabel = "LIST", converter = IntList.class,
            description = "Instance counts, as 1,2,3 or 1..4 (default 1..4).")
    List<Integer> instances = List.of(1, 2, 3, 4);

    @Option(names = "--passes", paramLabel = "LIST", converter = IntList.class,
            description = "Watcher passes, as 1,2 or 1..2 (default 1..2).")
    List<Integer> passes = List.of(1, 2);

    @Option(names = "--user-stop", paramLabel = "both|on|off",
            description = "Without the racing user stop, with it, or both (default).")
    String userStop = "both";

    @Option(names = "--reduction", paramLabel = "R",
            description = "A reduction setting to measure (repeatable; default every one: none, each reduction"
                    + " the model offers alone (omicron's: gen, symmetry, por), and all).")
    List<String> reductions = new ArrayList<>();

    @Option(names = "--max-seconds", paramLabel = "T",
            description = "Time budget of each run in seconds (default 30; 0 = none).")
    double maxSeconds = 30;

    @Option(names = "--threads", paramLabel = "K", description = "Threads per run (default: every core).")
    Integer threads;

    @Option(names = "--store", paramLabel = "exact|fingerprint|auto", converter = SearchMixin.StoreConverter.class,
            description = "How visited states are kept (default auto).")
    StoreMode store = StoreMode.AUTO;

    @Option(names = "--frontier", paramLabel = "auto|packed|objects", converter = SearchMixin.FrontierConverter.class,
            description = "How each run queues the states it has yet to expand (default auto; see check --help).")
    FrontierOptions.Mode frontier = FrontierOptions.Mode.AUTO;

    @Option(names = "--baseline", paramLabel = "JAR",
            description = "Also measure the same table with another sledcheck jar (one built from an earlier commit,"
                    + " say), first, in its own JVM with this one's heap; each row then adds that jar's states/s"
                    + " ('before states/s') and this one's as a multiple of it ('x before').")
    Path baseline;

    @Option(names = "--report", paramLabel = "FORMAT=PATH", converter = ReportMixin.TargetConverter.class,
            description = "Also write the table as text, md or json to PATH (repeatable); each file is written"
                    + " whole or not at all.")
    List<Target> targets = new ArrayList<>();

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Mixin
    ModelChoice.Flag model;

    @Override
    public Integer call() {
        Signals.stopSearchesGracefully();
        boolean omicron = main.model.provider().name().equals(Providers.DEFAULT);
        refuseOptionsOfTheOther(omicron);
        SearchOptions options = searchOptions();
        // Every input is checked before the first run: the plan, or the configurations and settings.
        List<KeyColumn> columns;
        Function<Consumer<BenchRow>, BenchTable> bench;
        if (omicron) {
            BenchPlan plan = plan(options);
            columns = BenchPlan.COLUMNS;
            bench = ran -> Bench.run(plan, ran);
        } else {
            ModelProvider provider = main.model.provider();
            List<BenchRun> runs = ModelBench.runs(ModelBench.configurations(provider, configs), reductions, options);
            columns = ModelBench.COLUMNS;
            bench = ran -> ModelBench.run(provider, runs, options, ran);
        }
        for (Target t : targets) {
            if (t.format() == Format.HTML) {
                throw new Main.BadInput("bench writes text, md or json, not html");
            }
        }
        try {
            ReportFiles.preflight(targets, main.env);
        } catch (ReportTargetException e) {
            throw new Main.BadInput(e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        Baseline before = null;
        if (baseline != null) {
            if (main.terminal) {
                err.println("bench: measuring the baseline " + baseline + " first");
                err.flush();
            }
            before = BaselineRun.measure(baseline, spec.commandLine().getParseResult(), columns);
        }
        BenchTable table = bench.apply(row -> progress(columns, row, err));
        if (before != null) {
            table = table.against(before);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(BenchText.render(table));
        out.flush();
        for (Target t : targets) {
            try {
                long bytes = ReportFiles.write(t, BenchFormats.render(t.format(), table), main.env);
                err.println("sledcheck: wrote " + t.describe() + " (" + bytes + " bytes)");
            } catch (ReportTargetException e) {
                throw new Main.BadInput(e.getMessage());
            }
        }
        err.flush();
        return ExitCode.OK.code();
    }

    /** At a terminal, each row as it is done: {@code sim-fix instances 1 passes 2 user-stop off none: SAFE, 903 states}. */
    private void progress(List<KeyColumn> columns, BenchRow row, PrintWriter err) {
        if (!main.terminal) {
            return;
        }
        StringBuilder sb = new StringBuilder("bench:");
        for (int i = 0; i < columns.size(); i++) {
            sb.append(' ').append(i == 0 ? "" : columns.get(i).header() + " ").append(row.key().get(i));
        }
        err.println(sb + " " + row.reduction() + ": " + row.outcome() + ", " + row.states() + " states");
        err.flush();
    }

    /** omicron's sizes are its scale scenario's options; another model's are --config: each refuses the other's. */
    private void refuseOptionsOfTheOther(boolean omicron) {
        var parsed = spec.commandLine().getParseResult();
        if (omicron && parsed.hasMatchedOption("--config")) {
            throw new Main.BadInput("--config sizes another model's bench; omicron's sizes are --variant,"
                    + " --instances, --passes and --user-stop");
        }
        for (String name : List.of("--variant", "--instances", "--passes", "--user-stop")) {
            if (!omicron && parsed.hasMatchedOption(name)) {
                throw new Main.BadInput(name + " sizes omicron's scale scenario, not model " + main.model.provider().name()
                        + "; give its configurations as --config 'ARGS'");
            }
        }
    }

    /** How each run searches: breadth first, within the time budget, on the threads and store asked. */
    SearchOptions searchOptions() {
        if (maxSeconds < 0) {
            throw new Main.BadInput("--max-seconds takes a number >= 0 (0 = no limit)");
        }
        if (threads != null && threads < 1) {
            throw new Main.BadInput("--threads takes a number >= 1");
        }
        return new SearchOptions(dev.sledcheck.checker.Strategy.BFS, 0, maxSeconds, Set.of())
                .withThreads(threads == null ? SearchOptions.allCores() : threads)
                .withStore(store)
                .withFrontier(new FrontierOptions(frontier, 0));
    }

    BenchPlan plan(SearchOptions options) {
        List<Boolean> stops;
        switch (userStop) {
            case "both":
                stops = List.of(false, true);
                break;
            case "on":
                stops = List.of(true);
                break;
            case "off":
                stops = List.of(false);
                break;
            default:
                throw new Main.BadInput("--user-stop takes both, on or off, not " + Echo.quote(userStop));
        }
        for (int n : instances) {
            if (n < 1) {
                throw new Main.BadInput("--instances takes numbers >= 1");
            }
        }
        for (int p : passes) {
            if (p < 0) {
                throw new Main.BadInput("--passes takes numbers >= 0");
            }
        }
        for (String r : reductions) {
            if (!ReductionSettings.names().contains(r)) {
                throw new Main.BadInput("unknown reduction " + Echo.quote(r) + "; valid: "
                        + String.join(", ", ReductionSettings.names()));
            }
        }
        return new BenchPlan(variants.isEmpty() ? List.of(Variant.SIM_FIX, Variant.SIM_BUG) : variants,
                instances, passes, stops, reductions.isEmpty() ? ReductionSettings.names() : reductions, options);
    }

    /** {@code 1,2,3} or {@code 1..4}, or a mix: {@code 1,3..5}. */
    static final class IntList implements ITypeConverter<List<Integer>> {
        @Override
        public List<Integer> convert(String value) {
            List<Integer> out = new ArrayList<>();
            try {
                for (String part : value.split(",")) {
                    int dots = part.indexOf("..");
                    if (dots < 0) {
                        out.add(Integer.parseInt(part.trim()));
                        continue;
                    }
                    int from = Integer.parseInt(part.substring(0, dots).trim());
                    int to = Integer.parseInt(part.substring(dots + 2).trim());
                    if (to < from || to - from > 1000) {
                        throw new TypeConversionException("bad range " + Echo.quote(part));
                    }
                    for (int i = from; i <= to; i++) {
                        out.add(i);
                    }
                }
            } catch (NumberFormatException e) {
                throw new TypeConversionException("expected numbers like 1,2,3 or 1..4, got " + Echo.quote(value));
            }
            return out;
        }
    }
}
