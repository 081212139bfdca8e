package dev.sledcheck.explore.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.OmicronModel;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.omicron.Variant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code java -jar sledcheck.jar explore} at a real terminal: the built jar (so JLine must be in
 * it) in a tmux pane, driven by keys. Checks what a person sees: the Up arrow recalls an earlier
 * line instead of typing {@code ^[[A}, Tab lists the step numbers of the current state with
 * their steps' tokens, several numbers on a line take several steps, and every line fits the
 * terminal's width. Run by failsafe after the jar is packaged ({@code sledcheck.jar} property).
 */
class ExploreTerminalIT {

    /** The seed's race starts with these four steps: the test's stop (the README's walk-through). */
    static final List<Integer> STOP = List.of(2, 1, 1, 2);

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80, 24", "100, 30"})
    void historyCompletionAndWidthAtATerminal(int columns, int rows) throws Exception {
        try (Tmux t = Tmux.start(columns, rows, explore("--variant", "sim-bug"))) {
            atPrompt(t, "the first screen", s -> true);

            t.type("2 1 1 2");
            t.keys("Enter");
            atPrompt(t, "four steps taken at once", s -> s.contains("state after 4 steps"));
            t.type("reset");
            t.keys("Enter");
            atPrompt(t, "the initial state again", s -> count(s, "initial state (seed-7282 sim-bug)") == 2);

            // Up twice: past 'reset' to '2 1 1 2', shown at the prompt, taken again by Enter.
            t.keys("Up", "Up");
            t.await("the recalled line", s -> lastLine(s).equals("explore> 2 1 1 2"));
            t.keys("Enter");
            String walked = atPrompt(t, "the recalled line's steps", s -> count(s, "state after 4 steps") == 2);
            assertFalse(walked.contains("[A"), "an arrow key typed its escape sequence:\n" + walked);

            // Tab on an empty line: the step numbers of the current state, each with its token.
            t.keys("Tab");
            List<String> tokens = tokensAfter(STOP);
            String listed = t.await("the completion list", s -> s.contains("enabled steps\n"));
            String list = listed.substring(listed.lastIndexOf("enabled steps\n"));
            for (int i = 0; i < tokens.size(); i++) {
                assertTrue(Pattern.compile("(^|\\s)" + (i + 1) + " +\\(" + Pattern.quote(tokens.get(i)) + "\\)")
                        .matcher(list).find(), "step " + (i + 1) + " (" + tokens.get(i) + ") not offered:\n" + list);
            }
            assertTrue(list.contains("follow") && list.contains("show"), "commands not offered:\n" + list);

            String last = t.screen();
            int widest = 0;
            for (String line : last.split("\n")) {
                assertTrue(line.length() <= columns, "wider than the terminal (" + columns + "): " + line);
                widest = Math.max(widest, line.length());
            }
            // The seed's steps have long descriptions: wrapped at the terminal's width, lines come close to it.
            assertTrue(widest > columns - 10, "nothing wrapped near " + columns + " columns; widest " + widest);

            // Ctrl-C at the prompt drops the line being typed; the session goes on.
            t.keys("C-u");
            t.type("goto nowhere");
            t.keys("C-c");
            atPrompt(t, "the line dropped", s -> s.contains("(line dropped; 'quit' or Ctrl-D leaves)"));
            t.type("quit");
            t.keys("Enter");
            assertEquals(0, t.exitStatus());
        }
    }

    /** Ctrl-C during a find stops that search, not the session: the prompt comes back and takes steps. */
    @Test
    void ctrlCStopsARunningFindAndTheSessionGoesOn() throws Exception {
        // Four instances of scale under the fix: a find of S1v there takes minutes (no reduction).
        try (Tmux t = Tmux.start(100, 30, explore("--scenario", "scale", "--instances", "4", "--variant", "sim-fix"))) {
            atPrompt(t, "the first screen", s -> true);
            t.type("find S1v");
            t.keys("Enter");
            t.await("the find under way", s -> lastLine(s).equals("explore> find S1v"));
            Thread.sleep(1000);
            t.keys("C-c");
            String stopped = atPrompt(t, "the find stopped", s -> true);
            assertTrue(stopped.contains("find S1v: none found before the limit (" + TerminalLines.INTERRUPTED + ", "),
                    stopped);
            t.type("1");
            t.keys("Enter");
            atPrompt(t, "a step taken after it", s -> s.contains("state after 1 step"));
            t.keys("C-d");
            assertEquals(0, t.exitStatus());
        }
    }

    /**
     * The screen once it shows {@code what} and, below it, the empty prompt. Keys go in only then:
     * the line reader reads them from there on (a key pressed earlier would reach the terminal
     * before the reader sets it up, as no person is quick enough to do).
     */
    static String atPrompt(Tmux t, String what, Predicate<String> shows) throws Exception {
        return t.await(what + ", then the prompt", s -> shows.test(s) && lastLine(s).equals("explore>"));
    }

    /** The command line of {@code sledcheck explore ARGS} on the built jar. */
    static List<String> explore(String... args) {
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
        Path jar = Path.of(System.getProperty("sledcheck.jar", "target/sledcheck.jar"));
        assertTrue(Files.isRegularFile(jar), "no jar at " + jar + " (failsafe runs this after package)");
        List<String> out = new ArrayList<>(List.of(java.toString(), "-jar", jar.toString(), "explore"));
        out.addAll(List.of(args));
        return out;
    }

    /** The tokens of the steps enabled after {@code steps}, numbered as the explorer numbers them. */
    static List<String> tokensAfter(List<Integer> steps) {
        return tokensAfter(OmicronModel.build(Configuration.of(Scenario.SEED_7282, Variant.SIM_BUG)), steps);
    }

    static <S, A> List<String> tokensAfter(Model<S, A> model, List<Integer> steps) {
        S state = model.initialStates().get(0);
        for (int n : steps) {
            List<A> enabled = new ArrayList<>();
            model.actions(state, enabled);
            state = model.next(state, enabled.get(n - 1));
        }
        List<A> enabled = new ArrayList<>();
        model.actions(state, enabled);
        List<String> out = new ArrayList<>();
        for (A a : enabled) {
            out.add(model.token(state, a));
        }
        return out;
    }

    static String lastLine(String screen) {
        String s = screen.stripTrailing();
        return s.substring(s.lastIndexOf('\n') + 1).stripTrailing();
    }

    static int count(String s, String part) {
        int n = 0;
        for (int at = s.indexOf(part); at >= 0; at = s.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
