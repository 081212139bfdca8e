package dev.sledcheck.cli;

import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.reports.Wrap;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * The help sections that are lists of things the code defines: verdict words ({@link Status}),
 * properties ({@link OmicronProperty}), variants ({@link VariantsCommand}), fault kinds
 * ({@link FaultOptions}) and exit codes
 * ({@link ExitCode}). Derived, not written twice, so help cannot say what the code no longer does;
 * wrapped here with a hanging indent, which picocli's description paragraphs cannot do.
 */
final class HelpSections {
    /** The width of every help text, picocli's default. */
    static final int WIDTH = 80;

    private HelpSections() {}

    /** Adds to each command the sections that apply to it: verdicts and properties where verdicts are printed. */
    static void install(CommandLine root, ModelChoice model) {
        add(root, "exit", HelpSections::exitCodes);
        for (CommandLine sub : root.getSubcommands().values()) {
            var spec = sub.getCommandSpec();
            if (spec.findOption("--property") != null || spec.name().equals("matrix")) {
                add(sub, "verdicts", HelpSections::verdicts);
                add(sub, "properties", () -> properties(model));
            }
            if (spec.findOption("--variant") != null) {
                add(sub, "variants", () -> VariantsCommand.help(WIDTH));
            }
            if (spec.findOption("--faults") != null) {
                add(sub, "faults", () -> FaultOptions.help(WIDTH));
            }
        }
    }

    /** Adds a section, written only when help is shown: a command that runs builds no model for it. */
    private static void add(CommandLine cl, String key, java.util.function.Supplier<String> text) {
        cl.getHelpSectionMap().put(key, help -> "\n" + text.get());
        List<String> keys = new ArrayList<>(cl.getHelpSectionKeys());
        keys.add(key);
        cl.setHelpSectionKeys(keys);
    }

    static String verdicts() {
        StringBuilder sb = new StringBuilder("Verdicts:\n");
        for (Status s : Status.values()) {
            sb.append(Wrap.hanging(Wrap.pad("  " + s.name(), 14), s.meaning() + ".", WIDTH));
        }
        return sb.toString();
    }

    /** The properties of the model the command line names, as its default options build it. */
    static String properties(ModelChoice model) {
        List<? extends Property<?, ?>> all = model.provider().subject(model.provider().options()).model().properties();
        int width = all.stream().mapToInt(p -> p.name().length()).max().orElse(0) + 4;
        StringBuilder sb = new StringBuilder("Properties of the model " + model.provider().name() + ":\n");
        for (Property<?, ?> p : all) {
            sb.append(Wrap.hanging(Wrap.pad("  " + p.name(), width), p.description() + ".", WIDTH));
        }
        return sb.toString();
    }

    static String exitCodes() {
        StringBuilder sb = new StringBuilder("Exit codes:\n");
        for (ExitCode c : ExitCode.values()) {
            sb.append(Wrap.hanging(Wrap.pad("  " + c.code(), 7), c.meaning() + ".", WIDTH));
        }
        return sb.toString();
    }
}
