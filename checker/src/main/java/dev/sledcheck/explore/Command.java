package dev.sledcheck.explore;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * One command of the explorer, as {@code help} lists it and the prompt takes it. The table of these
 * is the one list of commands: dispatch, {@code help}, the hint after an unknown word and
 * completion are all read from it, so none of them can leave a command out.
 *
 * @param name    what is typed (lower case)
 * @param aliases other words for it ({@code exit}, {@code q}); accepted, not listed
 * @param usage   what follows the name in {@code help} ({@code "SCHEDULE"}), or {@code ""}
 * @param help    what it does, one sentence for {@code help}
 * @param action  carries it out on the rest of the line
 */
record Command(String name, List<String> aliases, String usage, String help, Action action) {

    /** Carries out a command; false when it asks to leave the session. */
    @FunctionalInterface
    interface Action {
        boolean run(String argument, PrintWriter out);
    }

    Command {
        aliases = List.copyOf(aliases);
    }

    /** A command that never ends the session. */
    static Command of(String name, String usage, String help, BiConsumer<String, PrintWriter> body) {
        return new Command(name, List.of(), usage, help, (argument, out) -> {
            body.accept(argument, out);
            return true;
        });
    }

    boolean answers(String word) {
        return name.equals(word) || aliases.contains(word);
    }
}
