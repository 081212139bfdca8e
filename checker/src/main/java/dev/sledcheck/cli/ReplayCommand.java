package dev.sledcheck.cli;

import dev.sledcheck.checker.ReplayResult;
import dev.sledcheck.checker.ScheduleException;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.reports.TextLog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sledcheck replay}: re-run a schedule step by step. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {
            "Replay a schedule string (as 'check' prints it: tokens 'actor:message' separated by ';')",
            "step by step from the scenario's initial state, printing each step and marking the",
            "steps that break a property.", ""},
        footer = {"", "Example:",
            "  sledcheck replay --variant sim-bug --schedule 'user:stop#1(i0);agent:stop(v1);...'",
            "Exit: 0 no property broken, 1 some property broken, 2 bad schedule or option."})
final class ReplayCommand implements Callable<Integer> {

    @Mixin
    ScenarioOptions scenario;

    @Mixin
    DeliveryOptions delivery;

    @Option(names = "--schedule", required = true, paramLabel = "STRING",
            description = "The schedule to replay.")
    String schedule;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Configuration config = scenario.configuration();
        ReplayResult<?> r;
        try {
            r = delivery.question(config).replay(schedule);
        } catch (ScheduleException e) {
            throw new Main.BadInput("bad schedule: " + e.getMessage());
        }
        var out = spec.commandLine().getOut();
        out.println("replay " + config.describe() + ": " + r.run().length() + " steps");
        out.print(TextLog.run(r.run(), "  "));
        out.println(r.broken().isEmpty() ? "no property broken"
                : "broken: " + String.join(", ", r.broken()));
        out.flush();
        return (r.broken().isEmpty() ? ExitCode.OK : ExitCode.VIOLATED).code();
    }
}
