package dev.sledcheck.cli;

import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.reports.Wrap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sledcheck variants}: what each variant is, in one line, and which omicron commits it
 * follows. The same lines close the help of every command that takes {@code --variant}
 * ({@link HelpSections}), so the two cannot drift apart: both read {@link Variant#ALL}.
 */
@Command(name = "variants", mixinStandardHelpOptions = true,
        description = "List the variants --variant takes: each one's meaning and the omicron commits it models.",
        footer = {"", "docs/model.md cites, for every step of the model, the omicron lines it follows."})
final class VariantsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(list(HelpSections.WIDTH));
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }

    /** Every variant: its name, then its meaning and its commits wrapped under it. */
    static String list(int width) {
        int name = Variant.names().stream().mapToInt(String::length).max().orElse(0) + 2;
        StringBuilder sb = new StringBuilder();
        for (Variant v : Variant.ALL) {
            sb.append(Wrap.hanging(Wrap.pad(v.name(), name), v.summary() + ".", width));
            sb.append(Wrap.hanging(" ".repeat(name), "models: " + v.commits(), width));
        }
        return sb.toString();
    }

    /** The help section that lists the variants, for commands with {@code --variant}. */
    static String help(int width) {
        return "Variants (sledcheck variants prints the same):\n" + list(width);
    }
}
