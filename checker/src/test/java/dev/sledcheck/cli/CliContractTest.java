package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line's contract (issue #12, 5): usage, unknown names, conflicts, echoed input. */
class CliContractTest {

    /** Exit 2, nothing on stdout, one line on stderr naming each of {@code mustName}. */
    static String oneLine(Cli r, String... mustName) {
        assertEquals(2, r.exit(), r.out() + r.err());
        assertEquals("", r.out());
        String err = r.err();
        assertTrue(err.endsWith("\n"), err);
        assertFalse(err.strip().contains("\n") || err.strip().contains("\r"), "one line: " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
        for (String s : mustName) {
            assertTrue(err.contains(s), "names " + s + ": " + err);
        }
        return err;
    }

    @Test
    void noCommandIsTheUsageOnStderrAndExitTwo() {
        Cli r = Cli.run();
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("Usage: sledcheck"), r.err());
        assertTrue(r.err().contains("check "), r.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "chek | unknown command 'chek'; did you mean 'check'? valid: check, matrix, replay, explore, validate-log, render, bench, variants, models, help",
        "help matrx | unknown command 'matrx'; did you mean 'matrix'? valid: check, matrix",
        "--frob | unknown option '--frob' for sledcheck;",
        "check --varaint sim-fix | unknown option '--varaint' (and 1 more) for sledcheck check; did you mean '--variant'? valid: --model, --search",
        "check --max-state 10 | did you mean '--max-states'?",
        "render --frm x.json | did you mean '--from'?",
        "check variant | unexpected argument 'variant' for sledcheck check; did you mean '--variant'?",
        "validate-log a.log b.log | unexpected argument 'b.log' for sledcheck validate-log",
        "check --xyzzy | unknown option '--xyzzy' for sledcheck check; valid: --model, --search",
        "check --model omicrn | unknown model 'omicrn'; did you mean 'omicron'? valid: die-hard, omicron, peterson",
    })
    void unknownNamesAreOneLineWithTheNearestAndEveryValidOne(String args, String message) {
        oneLine(Cli.run(args.trim().split("\\s+")), message.trim());
    }

    @Test
    void aFarOffNameGetsNoGuess() {
        assertFalse(oneLine(Cli.run("qqqqqqqq")).contains("did you mean"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "check --reduction none --reduction gen | --reduction none (the raw state space) contradicts --reduction gen",
        "matrix --reduction gen --reduction none --reduction por | contradicts --reduction gen, por",
        "check --search dfs --threads 2 | --threads 2 needs --search bfs",
        "check --passes 0 | --passes 0 leaves nothing racing the drain",
        "replay --passes 0 --schedule x | --passes 0 leaves nothing racing the drain",
        "check --variant sim-fix --variant sim-bug | should be specified only once",
        "check --max-seconds NaN | 'NaN' is not a number",
        "check --max-seconds 1e999 | '1e999' is too large",
        "check --passes 99999999999 | '99999999999' is too large",
        "check --scenario scale --instances 10000 | --instances takes 1 to 32",
        "check --search swarm --walks 0 | --walks and --depth take a number >= 1",
        "check --search swarm --depth -3 | --walks and --depth take a number >= 1",
        "check --search swarm --walks many | '--walks': 'many' is not a whole number",
        "check --search swarm --seed 1.5 | '--seed': '1.5' is not a whole number",
        "check --seed 7 | --seed, --walks and --depth need --search swarm",
        "check --search swarm --max-states 10 | --search swarm takes neither --max-states nor --store",
        "check --search swarm --store exact | --search swarm takes neither --max-states nor --store",
        "check --search swarms | unknown search 'swarms'; valid: bfs, dfs, swarm",
        "check --frontier disk | unknown frontier 'disk'; valid: auto, packed, objects",
        "check --frontier packed --store exact | --frontier packed needs a store of fingerprints",
        "bench --baseline no/such.jar --instances 1 | --baseline: no such file no/such.jar",
        "check --search dfs --frontier packed | --frontier and --frontier-memory shape the queue of --search bfs",
        "check --frontier-memory 0 | --frontier-memory takes a size >= 1 byte",
        "matrix --search swarm | --search swarm runs with check only",
        "explore --search swarm | --search swarm runs with check only",
    })
    void conflictsAndNonsenseAreRefused(String args, String message) {
        oneLine(Cli.run(args.trim().split("\\s+")), message.trim());
    }

    @Test
    void whatStaysAllowed() {
        // none alone, twice; dfs on one thread; no watcher pass when the user's second stop races.
        assertEquals(3, Cli.run("check", "--reduction", "none", "--reduction", "none", "--max-states", "20").exit());
        assertEquals(3, Cli.run("check", "--search", "dfs", "--threads", "1", "--max-states", "20").exit());
        Cli stopRace = Cli.run("check", "--variant", "sim-fix", "--user-stop", "--passes", "0", "--property", "S1v");
        assertEquals(1, stopRace.exit(), stopRace.err());
        assertTrue(stopRace.out().contains("S1v  VIOLATED"), stopRace.out());
    }

    @Test
    void echoedInputIsCutAndEscaped() {
        String huge = "y".repeat(1_000_000);
        String err = oneLine(Cli.run("check", "--variant", huge), "unknown variant '" + "y".repeat(77) + "...'");
        assertTrue(err.length() < 600, err.length() + " characters");
        err = oneLine(Cli.run("check", "--variant", "x\u001b[31m\nred\r"), "unknown variant 'x\\u001b[31m\\nred\\r'");
        assertFalse(err.contains("\u001b"), err);
        // Messages built elsewhere are cut at the printer: a schedule token, an unknown option, a path.
        for (String[] args : new String[][] {
            {"replay", "--schedule", "user:stop#1(i0);" + huge},
            {"check", "--start", huge + "\u001b"},
            {"check", "--" + huge},
            {huge},
            {"validate-log", "/nonexistent/" + huge},
            {"render", "--from", "/nonexistent/" + huge + ".json"},
            {"check", "--report", "json=" + huge + "\u0007/x.json"},
            {"check", "--passes", huge},
        }) {
            err = oneLine(Cli.run(args));
            assertTrue(err.length() < 600, args[0] + ": " + err.length() + " characters: " + err.substring(0, Math.min(200, err.length())));
            assertTrue(err.contains("..."), err);
            assertFalse(err.contains("\u001b") || err.contains("\u0007"), err);
        }
        oneLine(Cli.run("validate-log", "a\u0000b"), "bad path 'a\\u0000b'");
    }
}
