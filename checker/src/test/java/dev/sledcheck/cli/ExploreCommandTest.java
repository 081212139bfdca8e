package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code sledcheck explore} driven through a pipe, as a script or a test would. */
class ExploreCommandTest {

    /**
     * The seed's race typed by hand, one step number per line (the README's walk-through): the
     * test's stop, the drain up to Destroyed 7 with v1 removed, the watcher's listing at s=6, the
     * agent's 404, the watcher's Failed 7.
     */
    static final List<String> SEED_RACE = List.of("2", "1", "1", "2", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1",
            "2", "1", "2");

    static Cli explore(String input, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "explore";
        System.arraycopy(args, 0, all, 1, args.length);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(all, new BufferedReader(new StringReader(input)), false,
                new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }

    private static String screens(List<String> commands) {
        return String.join("\n", commands) + "\n";
    }

    @Test
    void theSeedRaceByHandShowsTheViolationAndItsPathReplays() {
        Cli r = explore(screens(SEED_RACE) + "path\nquit\n", "--variant", "sim-bug");
        assertEquals(0, r.exit(), r.err());
        String[] screens = r.out().split("explore> ");
        assertEquals(SEED_RACE.size() + 3, screens.length, "one screen per command, plus the first and the last");
        for (int i = 0; i < SEED_RACE.size(); i++) {
            // Each typed number took a step: no screen is a hint.
            assertTrue(screens[i + 1].startsWith(SEED_RACE.get(i) + "\n\nstep " + (i + 1) + "  "), screens[i + 1]);
        }
        String last = screens[SEED_RACE.size()];
        assertTrue(last.contains("step 17  watcher  GET v1 -> 404 NO_SUCH_INSTANCE: sled-agent error indicates"), last);
        assertTrue(last.contains("* nexus v1   Failed gen 7\n"), last);
        assertTrue(last.contains("!! S1v broken here: no VMM row is ever Failed"), last);
        for (int i = 1; i < SEED_RACE.size(); i++) {
            assertTrue(!screens[i].contains("S1v broken"), "S1v holds until the last step: " + screens[i]);
        }
        // The 404 itself broke S3 on its step, shown on that step's screen.
        assertTrue(screens[SEED_RACE.size() - 1].contains("!! S3 broken by step 16"), screens[SEED_RACE.size() - 1]);

        Matcher m = Pattern.compile("path, 17 steps:\n(\\S+)\nreplay it: sledcheck replay --scenario seed-7282"
                + " --variant sim-bug --schedule '\\1'\n").matcher(screens[SEED_RACE.size() + 1]);
        assertTrue(m.find(), screens[SEED_RACE.size() + 1]);
        Cli replay = Cli.run("replay", "--variant", "sim-bug", "--schedule", m.group(1));
        assertEquals(1, replay.exit(), replay.err());
        assertTrue(replay.out().contains("17  watcher  GET v1 -> 404 NO_SUCH_INSTANCE"), replay.out());
        assertTrue(replay.out().contains("<== S1v broken"), replay.out());
        // It is the very run check reports as the shortest counterexample.
        Cli check = Cli.run("check", "--variant", "sim-bug", "--property", "S1v");
        assertTrue(check.out().contains("schedule: " + m.group(1) + "\n"), check.out());
    }

    @Test
    void theScreensFitAHundredColumnsAndThirtyRows() {
        Cli r = explore(screens(SEED_RACE) + "diff\nfind S1v\nhelp\n", "--variant", "sim-bug");
        for (String line : r.out().split("\n")) {
            assertTrue(line.length() <= 100, "longer than 100: " + line);
        }
        for (String screen : r.out().split("explore> ")) {
            assertTrue(screen.split("\n").length <= 29, "taller than 30 rows with the prompt:\n" + screen);
        }
    }

    @Test
    void findFromTheStartIsCheckAndDiffNamesWhatTheStepChanged() {
        Cli r = explore("find S1v\nfollow\ndiff\n", "--variant", "sim-bug");
        assertTrue(r.out().contains("find S1v: broken 17 steps from here (shortest, bfs;"), r.out());
        assertTrue(r.out().contains("\nstep 17 (watcher:get-reply(v1,404)) changed:\n  nexus v1: Stopping gen 6 -> Failed gen 7\n"),
                r.out());
    }

    @Test
    void underTheFixFindSaysNone() {
        Cli r = explore("find S1v\n", "--variant", "sim-fix");
        assertTrue(r.out().contains("find S1v: none within the bounds (all "), r.out());
    }

    /** find searches the full model unless --reduction names reductions; then it searches under them. */
    @Test
    void findHonoursReductionsWhenAskedAndOnlyThen() {
        String input = "find S1v\nfollow\npath\n";
        Cli plain = explore(input, "--variant", "sim-bug");
        assertEquals(plain.out(), explore(input, "--variant", "sim-bug", "--reduction", "none").out());
        Cli reduced = explore(input, "--variant", "sim-bug", "--reduction", "all");
        assertEquals(0, reduced.exit(), reduced.err());
        String under = String.join("+", dev.sledcheck.app.OmicronCheck.reductionNames());
        Matcher p = Pattern.compile("find S1v: broken [0-9]+ steps from here \\(shortest, bfs; ([0-9]+) states"
                + " searched\\)").matcher(plain.out());
        Matcher r = Pattern.compile("find S1v: broken [0-9]+ steps from here \\(bfs under " + Pattern.quote(under)
                + ", shortest in the reduced graph; ([0-9]+) states searched\\)").matcher(reduced.out());
        assertTrue(p.find(), plain.out());
        assertTrue(r.find(), reduced.out());
        assertTrue(Long.parseLong(r.group(1)) < Long.parseLong(p.group(1)),
                "the reductions searched no fewer states: " + r.group() + " vs " + p.group());
        // The run found under them is a run of the full model: followed, then replayed, it breaks S1v.
        Matcher path = Pattern.compile("replay it: sledcheck replay .* --schedule '([^']+)'").matcher(reduced.out());
        assertTrue(path.find(), reduced.out());
        Cli replay = Cli.run("replay", "--variant", "sim-bug", "--schedule", path.group(1));
        assertEquals(1, replay.exit(), replay.err());
        assertTrue(replay.out().contains("<== S1v broken"), replay.out());
    }

    @Test
    void anUnknownReductionIsOneLineAndExitTwo() {
        Cli r = explore("find S1v\n", "--reduction", "bogus");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("sledcheck: unknown reduction 'bogus'; valid: none, all, "), r.err());
        assertEquals(1, r.err().split("\n").length, r.err());
        assertEquals("", r.out());
    }

    @Test
    void aBadOptionIsOneLineAndExitTwo() {
        Cli r = explore("", "--width", "20");
        assertEquals(2, r.exit());
        assertEquals("sledcheck: --width takes a number >= 60\n", r.err());
        assertEquals(2, explore("", "--variant", "nope").exit());
    }
}
