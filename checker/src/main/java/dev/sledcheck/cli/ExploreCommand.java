package dev.sledcheck.cli;

import dev.sledcheck.app.Invocation;
import dev.sledcheck.explore.Explorer;
import dev.sledcheck.provider.Subject;
import java.io.IOException;
import java.io.UncheckedIOException;
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
                + " breaks. Reads one command per line, from a terminal or a pipe: a step number, back, reset,"
                + " path, goto SCHEDULE (from the initial state), find PROPERTY, follow, diff, show, help, quit"
                + " (or the end of input).",
            ""},
        footer = {"", "Example (the seed's race, found from the start and taken):",
            "  printf 'find S1v\\nfollow\\npath\\n' | sledcheck explore --variant sim-bug",
            "Exit: 0 done; 2 a bad option."})
final class ExploreCommand implements Callable<Integer> {

    /** Narrower than this, a step's description has no room beside its token. */
    static final int MIN_WIDTH = 60;

    @Mixin
    ModelChoice.Flag model;

    @Mixin
    SearchMixin search;

    @Option(names = "--width", paramLabel = "N", description = "Wrap lines at N columns (default 100).")
    int width = 100;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (width < MIN_WIDTH) {
            throw new Main.BadInput("--width takes a number >= " + MIN_WIDTH);
        }
        Subject<?, ?> subject = main.model.subject();
        Explorer.Settings settings = new Explorer.Settings(subject.title(), width, !main.terminal,
                search.options(Set.of()), Invocation.replay(main.model.provider().name(), subject.args()));
        try {
            new Explorer<>(subject.model(), settings).run(main.in, spec.commandLine().getOut());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ExitCode.OK.code();
    }
}
