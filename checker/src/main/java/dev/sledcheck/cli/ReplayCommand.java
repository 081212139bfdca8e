package dev.sledcheck.cli;

import dev.sledcheck.checker.ReplayResult;
import dev.sledcheck.checker.ScheduleException;
import dev.sledcheck.checker.Replay;
import dev.sledcheck.provider.Subject;
import dev.sledcheck.reports.TextLog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sledcheck replay}: re-run a schedule step by step. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {
            "Replay a schedule string step by step, marking each step that breaks a property.",
            "A schedule is what 'check' prints: tokens 'actor:message' separated by ';', taken in turn from"
                + " the scenario's initial state (or from the one a leading 'init=N;' names). A prefix of a"
                + " run replays too.",
            ""},
        footer = {"", "Example:",
            "  sledcheck replay --variant sim-bug \\",
            "      --schedule 'user:stop#1(i0);agent:stop(v1);agent:stop-apply(v1)'",
            "Exit: 0 no property broken; 1 some property broken; 2 a bad schedule or option."})
final class ReplayCommand implements Callable<Integer> {

    @Mixin
    ModelChoice.Flag model;

    @Option(names = "--schedule", required = true, paramLabel = "STRING",
            description = "The schedule to replay.")
    String schedule;

    @Option(names = "--show-states", description = "Show the state under each step: the initial state's facets,"
            + " then what each step changed.")
    boolean showStates;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Subject<?, ?> subject = main.model.subject();
        ReplayResult<?> r;
        try {
            r = Replay.replay(subject.model(), schedule);
        } catch (ScheduleException e) {
            throw new Main.BadInput("bad schedule: " + e.getMessage());
        }
        var out = spec.commandLine().getOut();
        out.println("replay " + subject.title() + ": " + TextLog.count(r.run().length(), "step"));
        out.print(TextLog.run(r.run(), "  ", showStates));
        out.println(r.broken().isEmpty() ? "no property broken"
                : "broken: " + String.join(", ", r.broken()));
        out.flush();
        return (r.broken().isEmpty() ? ExitCode.OK : ExitCode.VIOLATED).code();
    }
}
