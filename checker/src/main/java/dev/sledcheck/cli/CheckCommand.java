package dev.sledcheck.cli;

import dev.sledcheck.app.Invocation;
import dev.sledcheck.app.Reports;
import dev.sledcheck.checker.Reductions;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.configs.Configured;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.provider.Subject;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.reports.Detail;
import dev.sledcheck.reports.Report;
import dev.sledcheck.reports.ReportText;
import dev.sledcheck.reports.output.Echo;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sledcheck check}: a verdict per property for one configuration. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {
            "Explore every interleaving of one configuration and decide each property on its own.",
            "A VIOLATED property comes with the shortest run that breaks it (bfs), as a seed-like log and a"
                + " schedule string that 'sledcheck replay' accepts. The verdicts, the properties and the"
                + " variants are listed below the options.",
            ""},
        footer = {"", "Examples (omicron, the default model; 'sledcheck models' lists the others):",
            "  sledcheck check --variant sim-bug     # the seed's race: S1v VIOLATED",
            "  sledcheck check --variant sim-fix     # RFD 486 6.1: S1v SAFE",
            "  sledcheck check --variant sim-fix --user-stop --property S1v",
            "  sledcheck check --variant sim-bug --report html=target/sim-bug.html",
            "  sledcheck check --variant sim-bug --passes 1 --delivery same-thread \\",
            "      --start 'user:stop#1(i0);agent:stop(v1)'",
            "  sledcheck check --scenario scale --instances 8 --search swarm --seed 7",
            "Exit: 0 all SAFE; 1 some VIOLATED; 3 some INCOMPLETE and none VIOLATED; 2 bad input or a model"
                + " error (every code: sledcheck --help)."})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ModelChoice.Flag model;

    @Mixin
    SearchMixin search;

    @Mixin
    SwarmOptions swarm;

    @Option(names = "--property", paramLabel = "NAME",
            description = "Decide only this property (repeatable; any case): one of the model's, listed at the end"
                    + " of this help.")
    List<String> properties = List.of();

    @Mixin
    ReportMixin reports;

    @Mixin
    FairnessOption fairness;

    @Option(names = "--progress",
            description = "Print states, states/s, queue and time to stderr about once a second"
                    + " (the default when run at a terminal).")
    boolean progress;

    @Option(names = "--verbose", description = "Also say what the words of the search's method line mean.")
    boolean verbose;

    @Option(names = "--show-states", description = "Show the state under each step of a run: the initial"
            + " state's facets, then what each step changed (as TLC prints states).")
    boolean showStates;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Signals.stopSearchesGracefully();
        Subject<?, ?> subject = fairness.apply(main.model.subject());
        Set<String> only = new LinkedHashSet<>();
        List<String> names = subject.model().properties().stream().map(Property::name).toList();
        for (String p : properties) {
            only.add(names.stream().filter(n -> n.equalsIgnoreCase(p)).findFirst().orElseThrow(() -> new Main.BadInput(
                    "unknown property " + Echo.quote(p) + "; valid: " + String.join(", ", names))));
        }
        SearchOptions options = search.options(only, swarm);
        List<String> reductions = search.reductions(subject.model());
        reports.preflight();
        CheckResult r = Configured.check(subject, options, reductions,
                ProgressLine.choose(progress, main.terminal, spec.commandLine().getErr()));
        Report report = Reports.check(subject, Invocation.replay(main.model.provider().name(), subject.args()), r,
                options, Reductions.named(subject.model(), reductions).names());
        spec.commandLine().getOut().print(ReportText.render(report, new Detail(verbose, showStates)));
        spec.commandLine().getOut().flush();
        reports.write(report, spec.commandLine().getErr());
        ExitCode code = r.anyViolated() ? ExitCode.VIOLATED : r.anyIncomplete() ? ExitCode.INCOMPLETE : ExitCode.OK;
        return code.code();
    }
}
