package dev.sledcheck.cli;

import dev.sledcheck.reports.output.Echo;
import java.util.List;
import java.util.Set;

/**
 * The command line's promise for any input: a verdict (exit 0, 1 or 3) or one line on stderr with
 * exit 2, and never a stack trace. A broken promise names the input that broke it, escaped and cut.
 */
final class Contract {
    private Contract() {}

    static final Set<Integer> EXITS = Set.of(0, 1, 2, 3);

    static void holds(Cli r, String what, long seed, int attempt, List<String> args) {
        String problem = null;
        if (!EXITS.contains(r.exit())) {
            problem = "exit " + r.exit() + " is not one of " + EXITS;
        } else if (r.err().contains("Exception") || r.err().contains("\tat ")) {
            problem = "a stack trace on stderr";
        } else if (r.exit() == 2 && r.err().strip().lines().count() > 1) {
            problem = "exit 2 with more than one line on stderr";
        } else if (r.exit() == 2 && r.err().isBlank()) {
            problem = "exit 2 with nothing on stderr";
        }
        if (problem != null) {
            StringBuilder shown = new StringBuilder();
            for (String a : args) {
                shown.append(' ').append(Echo.quote(a));
            }
            throw new AssertionError(what + ", seed " + seed + " try " + attempt + ": " + problem + "\n  args:"
                    + shown + "\n  stderr: " + Echo.line(r.err()) + "\n  exit: " + r.exit());
        }
    }
}
