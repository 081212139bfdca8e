package dev.sledcheck.cli;

import dev.sledcheck.provider.ModelProvider;
import dev.sledcheck.provider.Providers;
import dev.sledcheck.provider.Subject;
import dev.sledcheck.reports.output.Echo;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The model a command line runs, and its options object. {@code --model} must be known before the
 * rest is parsed, since the model's options are added to the commands that run a model ({@link
 * #COMMANDS}); so it is read from the arguments first ({@link #scan}), and picocli parses it again
 * as an ordinary option ({@link Flag}) so that help lists it.
 */
record ModelChoice(ModelProvider provider, Object options) {

    /** The commands that run the chosen model and take its options. */
    static final List<String> COMMANDS = List.of("check", "replay", "explore");

    /** The model {@code args} names ({@code --model NAME} or {@code --model=NAME}), else the default. */
    static ModelChoice scan(String[] args) {
        String name = Providers.DEFAULT;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--model") && i + 1 < args.length) {
                name = args[i + 1];
            } else if (args[i].startsWith("--model=")) {
                name = args[i].substring("--model=".length());
            }
        }
        String asked = name;
        ModelProvider p = Providers.byName(name).orElseThrow(() -> new Main.BadInput("unknown model " + Echo.quote(asked)
                + Nearest.to(asked, Providers.names()).map(n -> "; did you mean '" + n + "'?").orElse(";") + " valid: " + String.join(", ", Providers.names())
                + " ('sledcheck models' says what each is)"));
        return new ModelChoice(p, p.options());
    }

    /**
     * Refuses a model other than the default for {@code command}, which only omicron's model has
     * the inputs for (validate-log reads omicron's logs): one line naming what to run instead.
     */
    void requireDefault(String command, String what) {
        if (!provider.name().equals(Providers.DEFAULT)) {
            throw new Main.BadInput(command + " needs " + what + ", which only the " + Providers.DEFAULT
                    + " model has; 'sledcheck check --model " + provider.name() + "' checks " + provider.name());
        }
    }

    /** Adds the model's options to every command that runs it. */
    void install(CommandLine root) {
        if (options == null) {
            return;
        }
        for (String name : COMMANDS) {
            CommandSpec spec = root.getSubcommands().get(name).getCommandSpec();
            spec.addMixin("model", CommandSpec.forAnnotatedObject(options));
        }
    }

    /** The subject the parsed options ask for; a contradiction among them is bad input. */
    Subject<?, ?> subject() {
        return provider.subject(options);
    }

    /** The {@code --model} option, for commands that run a model; its value was read by {@link #scan}. */
    static final class Flag {
        @CommandLine.Option(names = "--model", paramLabel = "NAME",
                description = "The model to run (default " + Providers.DEFAULT + "): one of those 'sledcheck models'"
                        + " lists; its own options are listed here when it is given.")
        String model;
    }
}
