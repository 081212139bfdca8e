package dev.sledcheck.cli;

import dev.sledcheck.logs.MalformedLogException;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.reports.output.Echo;
import dev.sledcheck.validate.LogCheck;
import dev.sledcheck.validate.UnusableLogException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sledcheck validate-log}: is a real log a possible run of the model, and of which variant? */
@Command(name = "validate-log", mixinStandardHelpOptions = true,
        description = {
            "Say whether a log of omicron's is a possible run of the model, and show that run.",
            "Prints the completed run, or the first entry no run can show and why; without --variant, a"
                + " table over every variant.",
            "Three forms of log are read, told apart line by line (so one file may mix them): rendered lines"
                + " '[N] <time> <LEVEL> <name> (<component>): <message>' then 'key = value' lines (buildomat's"
                + " view, as in issue #7282); bunyan JSON, one record per line (omicron's log files); and"
                + " timestamp-first lines, '<time> <LEVEL> <name> (<component>): <message>' then indented"
                + " 'key = value' lines (looker's view, as omicron's issues paste it) or slog-term's one line"
                + " '<Mon> <DD> <time> <LEVEL> <message>, key: value, ...'. Entries without [N] are numbered by"
                + " their line; other lines (prose around a pasted log) are skipped and counted.",
            "Recognised entries: Nexus receiving and completing the agent's PUT /vmms/{id}; the agent"
                + " completing a GET of a VMM's state; the watcher's NO_SUCH_INSTANCE verdict and its write"
                + " ('updating instance state' and/or 'received new VMM runtime state', one model step with"
                + " the verdict); an update saga's commit. Omicron's wording from the seed's commit"
                + " d337333577c5 (Dec 2024) to b848b6df85 (Aug 2026) is read: 'gen:' or 'generation:'"
                + " (e6baff4981, #9398), 'Failed' or 'Failed(<reason>)' (ebeb7060cf, #10425), where a reason"
                + " must be the one omicron gives the event (NoSuchInstance after a 404, FromSledAgent for an"
                + " agent's own Failed).",
            "Entries are taken in file order, and a search looks for a run that shows the recognised ones in"
                + " that order, unlogged steps filled in; a logged event happens where it is logged, not also"
                + " earlier unlogged. Other entries are counted and skipped. A recognised entry missing a"
                + " field its event needs, or with a generation, state, reason or status that does not read,"
                + " is an error, as is a log with nothing recognised.",
            ""},
        footer = {"", "Examples:",
            "  sledcheck validate-log seed.log                    # every variant",
            "  sledcheck validate-log seed.log --variant sim-fix  # exit 1: impossible",
            "Exit: the table 0; one variant: 0 possible, 1 impossible; 2 bad input or file (unreadable, no"
                + " entry, a broken recognised entry, nothing recognised)."})
final class ValidateLogCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The log to validate.")
    Path file;

    @Mixin
    ScenarioOptions scenario;

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ParentCommand
    Main main;

    @Mixin
    ModelChoice.Flag model;

    @Override
    public Integer call() {
        main.model.requireDefault("validate-log", "omicron's log messages");
        String text;
        try {
            text = InputFiles.readText(file);
        } catch (NoSuchFileException e) {
            throw new Main.BadInput("cannot read " + Echo.quote(file.toString()) + ": no such file");
        } catch (FileSystemException e) {
            // The reason alone ("Is a directory", "File name too long"): the path is named already.
            throw new Main.BadInput("cannot read " + Echo.quote(file.toString()) + ": "
                    + (e.getReason() != null ? e.getReason()
                            : e instanceof AccessDeniedException ? "permission denied" : "not readable"));
        } catch (IOException e) {
            throw new Main.BadInput("cannot read " + Echo.quote(file.toString()) + ": " + e.getMessage());
        }
        LogCheck.Log log;
        try {
            log = LogCheck.parse(text);
        } catch (MalformedLogException | UnusableLogException e) {
            throw new Main.BadInput(Echo.escape(file.toString()) + ": " + e.getMessage());
        }
        Configuration config = scenario.configuration();
        boolean one = spec.commandLine().getParseResult().hasMatchedOption("--variant");
        var out = spec.commandLine().getOut();
        String subject = one ? config.describe()
                : config.describe().replace(" " + config.variant().name(), "") + ", every variant";
        out.println("validate-log " + Echo.escape(file.toString()) + " against " + subject);
        out.print(LogCheck.entries(log, config));
        out.println();
        if (one) {
            LogCheck.Verdict v = LogCheck.check(log, config);
            out.print(v.text());
            out.flush();
            return (v.possible() ? ExitCode.OK : ExitCode.VIOLATED).code();
        }
        out.print(LogCheck.table(LogCheck.everyVariant(log, config)));
        out.flush();
        return ExitCode.OK.code();
    }
}
