package dev.sledcheck.cli;

import dev.sledcheck.app.Invocation;
import dev.sledcheck.explore.Explorer;
import dev.sledcheck.checker.Reductions;
import dev.sledcheck.explore.terminal.TerminalLines;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.provider.Subject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sledcheck explore}: walk one configuration's interleavings by hand. */
@Command(name = "explore", mixinStandardHelpOptions = true,
        description = {
            "Walk the state space of one configuration by hand, one step at a time.",
            "Shows the current state (Nexus's rows, the agent's table, the watcher's and the user's"
                + " progress, messages in flight), the enabled steps numbered, and any property the position"
                + " breaks.",
            "Reads one command per line: a step number (several on a line are taken in turn), back, reset,"
                + " path, goto SCHEDULE (from the initial state; goto --here SCHEDULE: from here), find"
                + " PROPERTY, follow, diff, show, help, quit (or the end of input).",
            "At a terminal: line editing, history (Up), Tab completion of commands and step numbers, the"
                + " terminal's width. From a pipe: plain text, each command echoed. find searches the full"
                + " model, so its runs are the shortest, unless --reduction names reductions to search under.",
            ""},
        footer = {"", "Example (the seed's race, found from the start and taken):",
            "  printf 'find S1v\\nfollow\\npath\\n' | sledcheck explore --variant sim-bug",
            "Exit: 0 done; 2 a bad option."})
final class ExploreCommand implements Callable<Integer> {

    @Mixin
    ModelChoice.Flag model;

    @Mixin
    SearchMixin search;

    @Option(names = "--width", paramLabel = "N",
            description = "Wrap lines at N columns (default: the terminal's width; 100 when input is piped).")
    Integer width;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (width != null && width < Explorer.MIN_WIDTH) {
            throw new Main.BadInput("--width takes a number >= " + Explorer.MIN_WIDTH);
        }
        Subject<?, ?> subject = main.model.subject();
        Model<?, ?> model = subject.model();
        // The option's default ("all") is check's; find honours reductions only when asked, so that
        // by default its runs are the shortest of the full model.
        List<String> reductions = spec.commandLine().getParseResult().hasMatchedOption("--reduction")
                ? Reductions.named(model, search.reductions(model)).names() : List.<String>of();
        Explorer.Settings settings = new Explorer.Settings(subject.title(), width == null ? 0 : width,
                !main.terminal, search.options(Set.of()), Invocation.replay(main.model.provider().name(), subject.args()),
                reductions);
        Explorer<?, ?> explorer = new Explorer<>(model, settings);
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (main.terminal) {
                try (TerminalLines lines = TerminalLines.open(explorer.completion())) {
                    explorer.run(lines, out);
                }
            } else {
                explorer.run(main.in, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ExitCode.OK.code();
    }
}
