package dev.sledcheck.cli;

import dev.sledcheck.reports.output.Echo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one line for an argument picocli could not place: what it is (an unknown command, an
 * unknown option, an argument too many), the nearest valid name, and every valid one, so the user
 * needs no second try to find the spelling.
 */
final class Unmatched {
    private Unmatched() {}

    static String message(UnmatchedArgumentException ex) {
        CommandSpec spec = ex.getCommandLine().getCommandSpec();
        List<String> args = ex.getUnmatched();
        String arg = args.isEmpty() ? "" : args.get(0);
        String more = args.size() > 1 ? " (and " + (args.size() - 1) + " more)" : "";
        String name = spec.qualifiedName();
        if (!arg.startsWith("-") && !spec.subcommands().isEmpty()) {
            return command(spec, arg, more);
        }
        if (arg.startsWith("-")) {
            return unknown("unknown option " + Echo.quote(arg) + more + " for " + name, arg, options(spec));
        }
        return unknown("unexpected argument " + Echo.quote(arg) + more + " for " + name, arg, options(spec));
    }

    /** {@code sledcheck NAME} or {@code sledcheck help NAME} with no such command. */
    static String command(CommandSpec spec, String name, String more) {
        return unknown("unknown command " + Echo.quote(name) + more, name, commands(spec));
    }

    /**
     * picocli's help command reports an unknown topic as "Unknown subcommand 'NAME'." with the
     * parent's command line; this gives it the same line as {@code sledcheck NAME}.
     */
    static String helpTopic(CommandSpec spec, String picocliMessage) {
        String prefix = "Unknown subcommand '";
        int end = picocliMessage.lastIndexOf('\'');
        if (!picocliMessage.startsWith(prefix) || end < prefix.length()) {
            return picocliMessage;
        }
        return command(spec, picocliMessage.substring(prefix.length(), end), "");
    }

    private static String unknown(String what, String arg, List<String> valid) {
        String hint = Nearest.to(arg, valid).map(n -> "; did you mean '" + n + "'?").orElse(";");
        return what + hint + " valid: " + String.join(", ", valid);
    }

    static List<String> commands(CommandSpec spec) {
        return new ArrayList<>(spec.subcommands().keySet());
    }

    static List<String> options(CommandSpec spec) {
        Set<String> names = new LinkedHashSet<>();
        for (OptionSpec o : spec.options()) {
            names.add(o.longestName());
        }
        return new ArrayList<>(names);
    }
}
