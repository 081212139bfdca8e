package dev.sledcheck.explore;

import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.reports.Wrap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The interactive walk: reads one command per line, prints the new position after each move.
 * The lines come from a pipe or from a terminal ({@link Lines}); what is printed depends only on
 * the lines and the width, so a piped session is a deterministic transcript. Input errors never
 * end the session: they get a one-line hint and the prompt comes back.
 */
public final class Explorer<S, A> {

    /**
     * @param title         what is being explored, shown with each state ({@code seed-7282 sim-bug})
     * @param width         wrap text at this many columns; 0: at the terminal's width, read before
     *                      each command (so a resized window is followed), or {@link #DEFAULT_WIDTH}
     *                      where there is no terminal
     * @param echo          print each command after the prompt (when input is not a terminal, so a
     *                      transcript reads like a session); used by {@link #run(BufferedReader, PrintWriter)}
     * @param search        how {@code find} searches (its limits bound every find)
     * @param replayCommand the command that replays a schedule of this model, printed by
     *                      {@code path} ({@code ""}: none)
     * @param reductions    the model's reductions {@code find} searches under, by name (none: the full
     *                      model, and its runs are the shortest)
     */
    public record Settings(String title, int width, boolean echo, SearchOptions search, String replayCommand,
            List<String> reductions) {
        public Settings {
            reductions = List.copyOf(reductions);
        }

        /** With no reduction. */
        public Settings(String title, int width, boolean echo, SearchOptions search, String replayCommand) {
            this(title, width, echo, search, replayCommand, List.of());
        }
    }

    static final String PROMPT = "explore> ";
    /** The width with no terminal to ask. */
    public static final int DEFAULT_WIDTH = 100;
    /** Narrower than this, a step's description has no room beside its token. */
    public static final int MIN_WIDTH = 60;
    static final String FIND = "find";
    static final String GOTO = "goto";
    /** After {@code goto}: follow the schedule from where the walk stands, not from the start. */
    static final String HERE = "--here";

    private final Model<S, A> model;
    private final Settings settings;
    private final Session<S, A> session;
    private final Finder<S, A> finder;
    private final List<Command> commands;
    private Lines lines;

    public Explorer(Model<S, A> model, Settings settings) {
        this.model = model;
        this.settings = settings;
        this.session = new Session<>(model);
        this.finder = new Finder<>(model, settings.search(), settings.reductions());
        this.commands = commands();
    }

    /** The one table of commands, in the order {@code help} lists them. */
    private List<Command> commands() {
        List<String> names = model.properties().stream().map(Property::name).toList();
        String reduced = settings.reductions().isEmpty() ? ""
                : " (shortest in the graph reduced by " + String.join("+", settings.reductions()) + ")";
        return List.of(
                Command.of("back", "", "undo the last step", (a, out) -> back(out)),
                Command.of("reset", "", "back to the initial state", (a, out) -> {
                    session.reset();
                    show(out, 1);
                }),
                Command.of("path", "", "the schedule so far (sledcheck replay accepts it)", (a, out) -> path(out)),
                Command.of(GOTO, "SCHEDULE", "follow a schedule from the initial state, wherever you are (tokens"
                        + " separated by ';', as 'path' prints them); 'goto " + HERE + " SCHEDULE' follows it from"
                        + " the current position instead", this::go),
                Command.of(FIND, "PROPERTY", "the shortest run from here" + reduced + " that breaks PROPERTY ("
                        + String.join(", ", names) + "); 'follow' then takes it",
                        (a, out) -> finder.find(a, session, out, width())),
                Command.of("follow", "", "take the run the last 'find' printed", (a, out) -> follow(out)),
                Command.of("diff", "", "what the last step changed", (a, out) -> Diff.print(model, session, out, width())),
                Command.of("show", "", "this position again", (a, out) -> show(out, 1)),
                Command.of("help", "", "this list", (a, out) -> help(out)),
                new Command("quit", List.of("exit", "q"), "", "leave (so does the end of input)", (a, out) -> false));
    }

    /** What Tab offers at the prompt: step numbers, commands, properties. */
    public Completion completion() {
        return new Choices<>(model, session, commands);
    }

    /** Runs the session on lines read from {@code in}, echoed when the settings say so. */
    public void run(BufferedReader in, PrintWriter out) throws IOException {
        run(new PipedLines(in, out, settings.echo()), out);
    }

    /** Runs the session until {@code quit} or the end of input. */
    public void run(Lines input, PrintWriter out) throws IOException {
        this.lines = input;
        show(out, 1);
        while (true) {
            out.flush();
            String line = input.read(PROMPT);
            if (line == null) {
                out.println();
                out.flush();
                return;
            }
            if (!handle(line.strip(), out)) {
                out.flush();
                return;
            }
        }
    }

    /** The width to wrap at now. */
    private int width() {
        if (settings.width() > 0) {
            return settings.width();
        }
        int screen = lines == null ? 0 : lines.width();
        return screen <= 0 ? DEFAULT_WIDTH : Math.max(MIN_WIDTH, screen);
    }

    /** Carries out one line; false when it asks to leave. */
    private boolean handle(String line, PrintWriter out) {
        if (line.isEmpty()) {
            return true;
        }
        List<String> words = List.of(line.split("\\s+"));
        if (StepNumbers.isNumber(words.get(0))) {
            StepNumbers.Taken taken = StepNumbers.take(words, session);
            if (taken.steps() > 0) {
                show(out, taken.steps());
            }
            if (!taken.error().isEmpty()) {
                out.print(Wrap.hanging("", taken.error(), width()));
            }
            return true;
        }
        String command = words.get(0).toLowerCase(Locale.ROOT);
        String argument = line.substring(words.get(0).length()).strip();
        for (Command c : commands) {
            if (c.answers(command)) {
                return c.action().run(argument, out);
            }
        }
        out.print(Wrap.hanging("", "unknown command '" + command + "'; type a step number, " + commandList(), width()));
        return true;
    }

    /** Every command's name, from the table: "back, reset, ... or quit". */
    String commandList() {
        List<String> names = new ArrayList<>(commands.stream().map(Command::name).toList());
        String last = names.remove(names.size() - 1);
        return String.join(", ", names) + " or " + last;
    }

    private void show(PrintWriter out, int steps) {
        out.println();
        out.print(Screen.render(model, session, settings.title(), width(), steps));
    }

    private void back(PrintWriter out) {
        if (session.back()) {
            show(out, 1);
        } else {
            out.println("already at the initial state");
        }
    }

    private void path(PrintWriter out) {
        if (session.depth() == 0) {
            out.println("no step taken yet: the path is empty");
            return;
        }
        out.println("path, " + session.depth() + (session.depth() == 1 ? " step:" : " steps:"));
        out.println(session.schedule());
        if (!settings.replayCommand().isEmpty()) {
            out.println("replay it: " + settings.replayCommand() + " --schedule '" + session.schedule() + "'");
        }
    }

    /**
     * Follows a schedule from the initial state, or with {@code --here} from the current position;
     * on a bad token stays where it was.
     */
    private void go(String argument, PrintWriter out) {
        boolean here = argument.equals(HERE) || argument.startsWith(HERE + " ");
        List<String> tokens = Run.tokens(here ? argument.substring(HERE.length()) : argument);
        if (tokens.isEmpty()) {
            out.println("goto needs a schedule: tokens separated by ';' (as 'path' prints them)");
            return;
        }
        List<String> were = Run.tokens(session.schedule());
        if (!here) {
            session.reset();
        }
        Optional<String> error = session.follow(tokens);
        if (error.isPresent()) {
            if (!here) {
                session.follow(were);
            }
            out.println("goto: " + error.get() + "; still after step " + session.depth());
            return;
        }
        show(out, 1);
    }

    private void follow(PrintWriter out) {
        Optional<List<String>> tokens = finder.lastFound(session);
        if (tokens.isEmpty()) {
            out.println("nothing to follow from here: 'find PROPERTY' first");
            return;
        }
        Optional<String> error = session.follow(tokens.get());
        if (error.isPresent()) {
            throw new IllegalStateException("a found run does not replay: " + error.get());
        }
        show(out, 1);
    }

    private void help(PrintWriter out) {
        int width = width();
        out.println("commands:");
        out.print(Wrap.hanging(Wrap.pad("  N [N ...]", 15) + "  ", "take enabled step N; several numbers on a line"
                + " are taken one after another, up to the first that names no enabled step", width));
        for (Command c : commands) {
            String head = "  " + c.name() + (c.usage().isEmpty() ? "" : " " + c.usage());
            out.print(Wrap.hanging(Wrap.pad(head, 15) + "  ", c.help(), width));
        }
        out.print(Wrap.hanging("", "At a terminal, Tab completes commands, step numbers (listed with their"
                + " steps' tokens) and properties; Up and Down recall earlier lines; Ctrl-C drops the line being"
                + " typed, or stops a running find; Ctrl-D leaves.", width));
    }
}
