package dev.sledcheck.explore;

import dev.sledcheck.reports.Wrap;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.run.Run;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The interactive walk: reads one command per line, prints the new position after each move.
 * Plain line input, so it works the same in a terminal and with piped input (tests, scripts).
 * Input errors never end the session: they get a one-line hint and the prompt comes back.
 */
public final class Explorer<S, A> {

    /**
     * @param title         what is being explored, shown with each state ({@code seed-7282 sim-bug})
     * @param width         the terminal's width; text is wrapped to it
     * @param echo          print each command after the prompt (when input is not a terminal, so a
     *                      transcript reads like a session)
     * @param search        how {@code find} searches (its limits bound every find)
     * @param replayCommand the command that replays a schedule of this model, printed by
     *                      {@code path} ({@code ""}: none)
     */
    public record Settings(String title, int width, boolean echo, SearchOptions search, String replayCommand) {}

    static final String PROMPT = "explore> ";

    private final Model<S, A> model;
    private final Settings settings;
    private final Session<S, A> session;
    private final Finder<S, A> finder;

    public Explorer(Model<S, A> model, Settings settings) {
        this.model = model;
        this.settings = settings;
        this.session = new Session<>(model);
        this.finder = new Finder<>(model, settings.search(), settings.width());
    }

    /** Runs the session until {@code quit} or the end of input. */
    public void run(BufferedReader in, PrintWriter out) throws IOException {
        show(out);
        while (true) {
            out.print(PROMPT);
            out.flush();
            String line = in.readLine();
            if (line == null) {
                out.println();
                out.flush();
                return;
            }
            if (settings.echo()) {
                out.println(line);
            }
            if (!handle(line.strip(), out)) {
                out.flush();
                return;
            }
        }
    }

    /** Carries out one command; false when it asks to leave. */
    private boolean handle(String line, PrintWriter out) {
        int space = line.indexOf(' ');
        String command = (space < 0 ? line : line.substring(0, space)).toLowerCase(Locale.ROOT);
        String argument = space < 0 ? "" : line.substring(space + 1).strip();
        if (!command.isEmpty() && command.chars().allMatch(Character::isDigit)) {
            take(command, out);
            return true;
        }
        switch (command) {
            case "":
                return true;
            case "quit":
            case "exit":
            case "q":
                return false;
            case "back":
                if (session.back()) {
                    show(out);
                } else {
                    out.println("already at the initial state");
                }
                return true;
            case "reset":
                session.reset();
                show(out);
                return true;
            case "show":
                show(out);
                return true;
            case "path":
                path(out);
                return true;
            case "goto":
                go(argument, out);
                return true;
            case "find":
                finder.find(argument, session, out);
                return true;
            case "follow":
                follow(out);
                return true;
            case "diff":
                diff(out);
                return true;
            case "help":
                help(out);
                return true;
            default:
                out.println("unknown command '" + command + "'; type a step number, back, reset, path, goto, find,"
                        + " diff, help or quit");
                return true;
        }
    }

    private void show(PrintWriter out) {
        out.println();
        out.print(Screen.render(model, session, settings.title(), settings.width()));
    }

    private void take(String number, PrintWriter out) {
        List<A> enabled = session.enabled();
        int n;
        try {
            n = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > enabled.size()) {
            out.println(enabled.isEmpty() ? "no step is enabled here; 'back' or 'reset'"
                    : "no step " + number + " here; choose 1-" + enabled.size());
            return;
        }
        session.take(enabled.get(n - 1));
        show(out);
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

    /** Follows {@code schedule} from the initial state; on a bad token stays where it was. */
    private void go(String schedule, PrintWriter out) {
        List<String> tokens = Run.tokens(schedule);
        if (tokens.isEmpty()) {
            out.println("goto needs a schedule: tokens separated by ';' (as 'path' prints them)");
            return;
        }
        List<String> were = Run.tokens(session.schedule());
        session.reset();
        Optional<String> error = session.follow(tokens);
        if (error.isPresent()) {
            session.follow(were);
            out.println("goto: " + error.get() + "; still after step " + session.depth());
            return;
        }
        show(out);
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
        show(out);
    }

    private void diff(PrintWriter out) {
        S before = session.previous();
        if (before == null) {
            out.println("no step taken yet");
            return;
        }
        List<Facet> then = Screen.facetsOf(model, before);
        List<Facet> now = Screen.facetsOf(model, session.current());
        List<String> changes = new ArrayList<>();
        for (Facet f : now) {
            Optional<Facet> old = then.stream().filter(t -> t.name().equals(f.name())).findFirst();
            if (old.isEmpty()) {
                changes.add(f.name() + ": (new) " + f.value());
            } else if (!old.get().value().equals(f.value())) {
                changes.add(f.name() + ": " + old.get().value() + "  ->  " + f.value());
            }
        }
        for (Facet t : then) {
            if (now.stream().noneMatch(f -> f.name().equals(t.name()))) {
                changes.add(t.name() + ": " + t.value() + "  ->  (gone)");
            }
        }
        String token = model.token(before, session.lastMove());
        if (changes.isEmpty()) {
            out.println("step " + session.depth() + " (" + token + ") changed no facet");
            return;
        }
        out.println("step " + session.depth() + " (" + token + ") changed:");
        for (String c : changes) {
            out.print(Wrap.hanging("  ", c, settings.width()));
        }
    }

    private void help(PrintWriter out) {
        List<String> names = model.properties().stream().map(Property::name).toList();
        out.println("commands:");
        out.println("  N              take enabled step N");
        out.println("  back           undo the last step");
        out.println("  reset          back to the initial state");
        out.println("  path           the schedule so far (sledcheck replay accepts it)");
        out.println("  goto SCHEDULE  follow a schedule from the initial state (tokens separated by ';')");
        out.print(Wrap.hanging("  find PROPERTY  ", "the shortest run from here that breaks PROPERTY ("
                + String.join(", ", names) + "); 'follow' then takes it", settings.width()));
        out.println("  diff           what the last step changed");
        out.println("  show           this position again");
        out.println("  help           this list");
        out.println("  quit           leave (so does the end of input)");
    }
}
