package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliTest {

    private static void assertOneLineError(Cli r, String... mustName) {
        assertEquals(2, r.exit(), r.err());
        assertEquals("", r.out());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
        for (String s : mustName) {
            assertTrue(err.contains(s), "names " + s + ": " + err);
        }
    }

    /** --help lists exactly the variants the code has (derived, not written twice). */
    @Test
    void helpListsEveryVariant() {
        String help = Cli.run("check", "--help").out().replaceAll("\\s+", " ");
        for (String v : dev.sledcheck.model.omicron.Variant.names()) {
            assertTrue(help.contains(" " + v + ",") || help.contains(" " + v + " "), v + " missing from:\n" + help);
        }
    }

    @Test
    void checkFindsTheSeedRaceAndExitsOne() {
        Cli r = Cli.run("check", "--variant", "sim-bug", "--property", "S1v");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("S1v  VIOLATED"));
        assertTrue(r.out().contains("write v1 Failed gen 7 -> landed (was Stopping gen 6)"));
        assertTrue(r.out().contains("<== S1v broken"));
    }

    @Test
    void propertyNamesAreMatchedInAnyCaseAndS1iIsTheSagasCommit() {
        Cli r = Cli.run("check", "--variant", "sim-bug", "--property", "s1I");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("S1i  VIOLATED"), r.out());
        assertFalse(r.out().contains("S1v  "), "only the property asked for: " + r.out());
        assertTrue(r.out().contains("committed update new runtime state! i0 gen 4 Failed, did_unlock = true   <== S1i broken"),
                r.out());
    }

    @Test
    void checkProvesTheFixAndNamesItsBounds() {
        Cli r = Cli.run("check", "--variant", "sim-fix");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("S1v  SAFE within the bounds"));
        assertTrue(r.out().contains("bounds  instances=1, watcher passes<=2, restarts<=1 per instance"));
        assertTrue(r.out().contains(": complete"), r.out());
    }

    @Test
    void aLimitGivesIncompleteNeverSafe() {
        Cli r = Cli.run("check", "--variant", "sim-fix", "--max-states", "100");
        assertEquals(3, r.exit());
        assertTrue(r.out().contains("S1v  INCOMPLETE (max-states 100"), r.out());
        assertFalse(r.out().contains("SAFE"), r.out());
    }

    @Test
    void theScheduleThatCheckPrintsReplaysToTheSameBreak() {
        Cli check = Cli.run("check", "--variant", "sim-bug", "--property", "S1v");
        Matcher m = Pattern.compile("schedule: (\\S+)").matcher(check.out());
        assertTrue(m.find());
        Cli replay = Cli.run("replay", "--variant", "sim-bug", "--schedule", m.group(1));
        assertEquals(1, replay.exit(), replay.err());
        assertTrue(replay.out().contains("<== S1v broken"));
        assertTrue(replay.out().lines().anyMatch(l -> l.startsWith("broken: ") && l.contains("S1v")));
        // The steps are the very lines check printed.
        String firstStep = check.out().lines().filter(l -> l.contains("stop #1 of i0")).findFirst().orElseThrow();
        assertTrue(replay.out().contains(firstStep.strip()), firstStep);
    }

    @Test
    void aBrokenScheduleIsRejectedWithTheEnabledSteps() {
        Cli r = Cli.run("replay", "--variant", "sim-bug", "--schedule", "user:stop#1(i0);agent:poke(v9)");
        assertOneLineError(r, "step 2", "agent:poke(v9)", "enabled:", "agent:stop(v1)");
    }

    @Test
    void twoRunsPrintTheSameBytesApartFromTime() {
        String[] args = {"check", "--variant", "sim-fix", "--user-stop", "--max-states", "5000"};
        Cli a = Cli.run(args);
        Cli b = Cli.run(args);
        assertEquals(a.exit(), b.exit());
        assertEquals(a.outWithoutTime(), b.outWithoutTime());
        assertTrue(a.out().lines().anyMatch(l -> l.startsWith("  time ")), "the time line exists and was the one removed");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "check --variant sim-buggy | unknown variant 'sim-buggy';sim-fix",
        "check --scenario seed | unknown scenario 'seed';seed-7282, scale",
        "check --intent maybe | expected on or off",
        "check --search bfs2 | unknown search 'bfs2';bfs, dfs",
        "check --frobnicate | --frobnicate",
        "check --property S9 | unknown property 'S9';valid: S1v, S1i, S2, S3, S4, L1, R1",
        "check --property S1 | unknown property 'S1';valid: S1v, S1i, S2, S3, S4, L1, R1",
        "check --scenario seed-7282 --instances 2 | seed-7282 has exactly one instance",
        "replay --variant sim-bug | --schedule",
        "matrix --scenario nope | unknown scenario 'nope'",
    })
    void badInputIsOneLineAndExitTwo(String args, String mustName) {
        assertOneLineError(Cli.run(args.trim().split("\\s+")), mustName.trim().split(";"));
    }

    @Test
    void scenarioOptionsTakeTheirValues() {
        // Intent on keeps the stopped instance from being restarted: S4 flips to SAFE.
        Cli on = Cli.run("check", "--variant", "sim-bug", "--intent", "on", "--property", "S4");
        assertTrue(on.out().contains("S4  SAFE"), on.out() + on.err());
        assertTrue(on.out().contains("intent on"), on.out());
        Cli off = Cli.run("check", "--variant", "sim-bug", "--intent", "off", "--restart", "on", "--property", "S4");
        assertTrue(off.out().contains("S4  VIOLATED"), off.out() + off.err());
        Cli noRestart = Cli.run("check", "--variant", "sim-bug", "--restart", "off", "--property", "S4");
        assertTrue(noRestart.out().contains("S4  SAFE"), noRestart.out() + noRestart.err());
        Cli scale = Cli.run("check", "--scenario", "scale", "--variant", "sim-fix", "--instances", "2", "--passes", "1",
                "--max-states", "50");
        assertTrue(scale.out().contains("instances=2, watcher passes<=1"), scale.out() + scale.err());
    }

    @Test
    void helpTeaches() {
        Cli r = Cli.run("check", "--help");
        assertEquals(0, r.exit());
        for (String s : new String[] {"SAFE", "VIOLATED", "INCOMPLETE", "--variant", "--user-stop", "--max-states", "Exit:"}) {
            assertTrue(r.out().contains(s), s);
        }
        assertEquals(0, Cli.run("--help").exit());
    }
}
