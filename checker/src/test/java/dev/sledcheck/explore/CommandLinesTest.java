package dev.sledcheck.explore;

import static dev.sledcheck.explore.ExplorerTest.after;
import static dev.sledcheck.explore.ExplorerTest.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.examples.DieHard;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines as people type them: several step numbers on one line, the hint after an unknown word
 * (every command, read from the one table), {@code goto --here}, and what Tab offers. On the Die
 * Hard jugs, whose six steps are always enabled and named by their action.
 */
class CommandLinesTest {

    static Explorer<DieHard.Jugs, DieHard.Action> explorer() {
        return new Explorer<>(new DieHard(), new Explorer.Settings("die hard", 100, true, SearchOptions.defaults(), ""));
    }

    @Test
    void severalNumbersOnALineAreTakenInTurn() {
        String t = session("2 6 3\npath\n");
        assertEquals("path, 3 steps:\nFillBig;BigToSmall;EmptySmall\n", after(t, "path"));
        String screen = after(t, "2 6 3");
        // Each step is listed, then the screen of where they lead, the same as after the last of three lines.
        String head = "\nstep 1  FillBig\nstep 2  BigToSmall\n";
        assertTrue(screen.startsWith(head + "step 3  EmptySmall\nstate after 3 steps"), screen);
        String oneByOne = after(session("2\n6\n3\n"), "3");
        assertEquals(oneByOne, "\n" + screen.substring(head.length()));
    }

    @Test
    void aLineOfNumbersStopsAtTheFirstThatNamesNoStep() {
        String t = session("2 6 9 3\npath\n9 1\n");
        String stopped = after(t, "2 6 9 3");
        assertTrue(stopped.contains("state after 2 steps"), "the two steps before it are taken: " + stopped);
        // Wrapping aside, the message is the last thing printed.
        assertTrue(stopped.replaceAll("\\s+", " ").endsWith(" no step 9 here; choose 1-6 (number 3 of 4 on the"
                + " line; the 2 steps before it were taken, none after it) "), stopped);
        assertEquals("path, 2 steps:\nFillBig;BigToSmall\n", after(t, "path"));
        assertEquals("no step 9 here; choose 1-6 (number 1 of 2 on the line; nothing taken)\n", after(t, "9 1"));
    }

    @Test
    void aWordAmongTheNumbersTakesNothing() {
        String t = session("2 x 3\npath\n");
        assertEquals("'x' is not a step number; nothing taken (several steps on a line: numbers separated by"
                + " spaces)\n", after(t, "2 x 3"));
        assertEquals("no step taken yet: the path is empty\n", after(t, "path"));
    }

    @Test
    void theHintNamesEveryCommandAndEachOneIsKnown() {
        String t = session("jump\n");
        String hint = after(t, "jump");
        String prefix = "unknown command 'jump'; type a step number, ";
        assertTrue(hint.startsWith(prefix), hint);
        List<String> listed = Arrays.asList(hint.substring(prefix.length()).strip().split(",\\s+|\\s+or\\s+"));
        // The commands users missed in the hint, and everything help documents.
        assertTrue(listed.containsAll(List.of("follow", "show", "goto", "find", "quit")), hint);
        String help = after(session("help\n"), "help");
        for (String name : listed) {
            assertTrue(help.contains("\n  " + name + " "), name + " missing from help:\n" + help);
            String answer = after(session("2\n" + name + "\n"), name);
            assertFalse(answer.startsWith("unknown command"), name + " is listed but not known: " + answer);
        }
        int documented = help.split("\n  [a-z]").length - 1;
        assertEquals(documented, listed.size(), "help documents commands the hint leaves out:\n" + help);
    }

    @Test
    void theHintHelpAndStopMessagesFitTheNarrowestWidth() throws IOException {
        StringWriter out = new StringWriter();
        Explorer.Settings narrow = new Explorer.Settings("die hard", Explorer.MIN_WIDTH, true, SearchOptions.defaults(), "");
        new Explorer<>(new DieHard(), narrow).run(new BufferedReader(new StringReader("jump\nhelp\n2 6 9\n2 x\n")),
                new PrintWriter(out));
        for (String line : out.toString().split("\n")) {
            assertTrue(line.length() <= Explorer.MIN_WIDTH, "longer than " + Explorer.MIN_WIDTH + ": " + line);
        }
        assertTrue(out.toString().contains("(number 3 of 3 on the line;"), out.toString());
    }

    @Test
    void gotoStartsAtTheInitialStateAndGotoHereFromTheCurrentPosition() {
        assertEquals("path, 1 step:\nBigToSmall\n", after(session("2\ngoto BigToSmall\npath\n"), "path"));
        assertEquals("path, 2 steps:\nFillBig;BigToSmall\n",
                after(session("2\ngoto --here BigToSmall\npath\n"), "path"));
        String bad = session("2\ngoto --here BigToSmall;Juggle\npath\n");
        assertTrue(after(bad, "goto --here BigToSmall;Juggle").startsWith(
                "goto: step 2: \"Juggle\" is not enabled there; enabled: FillSmall,"), bad);
        assertEquals("path, 1 step:\nFillBig\n", after(bad, "path"));
        // Wrapping aside: the words of help as one line.
        String help = after(session("help\n"), "help").replaceAll("\\s+", " ");
        assertTrue(help.contains("follow a schedule from the initial state, wherever you are"), help);
        assertTrue(help.contains("'goto --here SCHEDULE' follows it from the current position"), help);
    }

    @Test
    void tabOffersTheStepNumbersWithTheirTokensThenTheCommands() {
        Explorer<DieHard.Jugs, DieHard.Action> e = explorer();
        List<Choice> first = e.completion().choices(List.of());
        for (int i = 0; i < DieHard.Action.values().length; i++) {
            assertEquals(new Choice(String.valueOf(i + 1), DieHard.Action.values()[i].name(), "enabled steps"),
                    first.get(i));
        }
        List<String> commands = first.subList(DieHard.Action.values().length, first.size()).stream()
                .map(Choice::value).toList();
        assertEquals(e.commandList(), String.join(", ", commands.subList(0, commands.size() - 1)) + " or "
                + commands.get(commands.size() - 1));
        assertEquals(6, e.completion().choices(List.of("2", "6")).size(), "the steps two moves on");
        assertEquals(List.of(), e.completion().choices(List.of("9")), "no step 9: nothing to offer after it");
        assertEquals(List.of("TypeOK", "BigHasFour"),
                e.completion().choices(List.of("find")).stream().map(Choice::value).toList());
        assertEquals(List.of(Explorer.HERE), e.completion().choices(List.of("goto")).stream().map(Choice::value).toList());
    }
}
