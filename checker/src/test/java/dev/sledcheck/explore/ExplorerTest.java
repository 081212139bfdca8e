package dev.sledcheck.explore;

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
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** The explorer on a model that knows nothing of it: the Die Hard jugs (no facets of their own). */
class ExplorerTest {

    static String session(String input) {
        StringWriter out = new StringWriter();
        Explorer.Settings s = new Explorer.Settings("die hard", 100, true, SearchOptions.defaults(), "");
        try {
            new Explorer<>(new DieHard(), s).run(new BufferedReader(new StringReader(input)), new PrintWriter(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The text printed after the last prompt that echoed {@code command}. */
    static String after(String transcript, String command) {
        int at = transcript.lastIndexOf(Explorer.PROMPT + command + "\n");
        assertTrue(at >= 0, "no '" + command + "' in:\n" + transcript);
        String rest = transcript.substring(at + Explorer.PROMPT.length() + command.length() + 1);
        int next = rest.indexOf(Explorer.PROMPT);
        return next < 0 ? rest : rest.substring(0, next);
    }

    @Test
    void showsTheStateAndTheNumberedStepsWithTheirTokens() {
        String t = session("");
        assertTrue(t.contains("initial state (die hard)\n  state  Jugs[small=0, big=0]\n"), t);
        assertTrue(t.contains("  1  FillSmall   FillSmall\n"), t);
        assertTrue(t.contains("  6  BigToSmall  BigToSmall\n"), t);
        assertTrue(t.endsWith(Explorer.PROMPT + "\n"), "the end of input ends the session");
    }

    @Test
    void stepsBackResetAndDiff() {
        String t = session("2\n6\ndiff\nback\nback\nback\n1\nreset\n");
        assertTrue(after(t, "2").contains("step 1  FillBig\n"), t);
        assertTrue(after(t, "6").contains("* state  Jugs[small=3, big=2]\n"), t);
        assertEquals("step 2 (BigToSmall) changed:\n  state: Jugs[small=0, big=5] -> Jugs[small=3, big=2]\n",
                after(t, "diff"));
        assertTrue(after(t, "back").startsWith("already at the initial state"), t);
        assertTrue(after(t, "reset").contains("initial state (die hard)"), t);
    }

    @Test
    void pathAndGotoRoundTrip() {
        String t = session("2\n6\n3\npath\nreset\ngoto FillBig;BigToSmall;EmptySmall\n");
        assertEquals("path, 3 steps:\nFillBig;BigToSmall;EmptySmall\n", after(t, "path"));
        assertEquals(after(t, "3"), after(t, "goto FillBig;BigToSmall;EmptySmall"));
    }

    @Test
    void aBadGotoLeavesThePositionAlone() {
        String t = session("2\ngoto FillSmall;Juggle\npath\n");
        assertTrue(after(t, "goto FillSmall;Juggle").startsWith(
                "goto: step 2: \"Juggle\" is not enabled there; enabled: FillSmall, FillBig,"), t);
        assertEquals("path, 1 step:\nFillBig\n", after(t, "path"));
    }

    @Test
    void findGivesTheShortestRunAndFollowTakesIt() {
        String t = session("find bighasfour\nfollow\nfind TypeOK\npath\n");
        String found = after(t, "find bighasfour");
        assertTrue(found.startsWith("find BigHasFour: reached 6 steps from here (shortest, bfs;"), found);
        assertTrue(after(t, "follow").contains("   BigHasFour reached here: the big jug holds exactly 4 gallons"), t);
        assertTrue(after(t, "find TypeOK").startsWith("find TypeOK: none within the bounds (all "), t);
        assertEquals("path, 6 steps:\nFillBig;BigToSmall;EmptySmall;BigToSmall;FillBig;BigToSmall\n", after(t, "path"));
    }

    @Test
    void wrongInputGetsAHintAndTheSessionGoesOn() {
        String t = session("jump\n9\nfind\nfollow\nfind S9\n1\nquit\n2\n");
        assertTrue(after(t, "jump").startsWith("unknown command 'jump'; type a step number"), t);
        assertEquals("no step 9 here; choose 1-6\n", after(t, "9"));
        assertTrue(after(t, "find").startsWith("find needs a property; the model has: TypeOK, BigHasFour"), t);
        assertEquals("nothing to follow from here: 'find PROPERTY' first\n", after(t, "follow"));
        assertTrue(after(t, "find S9").startsWith("find: unknown property 'S9'"), t);
        assertTrue(after(t, "1").contains("step 1  FillSmall"), t);
        assertFalse(t.contains(Explorer.PROMPT + "2\n"), "nothing is read after quit");
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        String input = "2\n6\nfind BigHasFour\nfollow\ndiff\npath\nback\n";
        String first = session(input);
        String second = session(input);
        assertEquals(first, second);
    }
}
