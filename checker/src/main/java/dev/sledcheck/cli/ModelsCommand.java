package dev.sledcheck.cli;

import dev.sledcheck.provider.ModelProvider;
import dev.sledcheck.provider.Providers;
import dev.sledcheck.reports.Wrap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sledcheck models}: the models on the class path, each with what it is. */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List the models --model takes: the built-in ones and any a jar on the class path adds.",
        footer = {"", "A model's options: sledcheck check --model NAME --help.",
            "Add your own: docs/writing-a-model.md."})
final class ModelsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int width = Providers.names().stream().mapToInt(String::length).max().orElse(0) + 2;
        StringBuilder sb = new StringBuilder();
        for (ModelProvider p : Providers.all()) {
            sb.append(Wrap.hanging(Wrap.pad(p.name(), width), p.description() + ".", HelpSections.WIDTH));
        }
        spec.commandLine().getOut().print(sb);
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }
}
