package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.omicron.fault.FaultKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** --faults, --max-faults and --updater on the command line: parsed, bounded, printed in SAFE's bounds, replayed. */
class FaultsCliTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "check --faults bogus | unknown fault kind 'bogus';loss, dup, timeout, lost-saga, restart",
        "check --max-faults 2 | --max-faults;--faults",
        "check --faults dup --max-faults 0 | --max-faults takes 1 to",
        "check --faults dup --max-faults 99 | --max-faults takes 1 to",
        "matrix --faults nope | unknown fault kind 'nope'",
        "matrix --model two-phase-commit --faults dup | --faults is an option of omicron's model",
    })
    void badFaultOptionsAreOneLineAndExitTwo(String args, String mustName) {
        Cli r = Cli.run(args.trim().split("\\s+"));
        assertEquals(2, r.exit(), r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n") || err.contains("Exception"), err);
        for (String s : mustName.trim().split(";")) {
            assertTrue(err.contains(s), "names " + s + ": " + err);
        }
    }

    @Test
    void safeNamesTheFaultsItHoldsWithinAndItsRunsReplay() {
        Cli r = Cli.run("check", "--variant", "real-fix", "--faults", "dup,loss", "--max-faults", "2", "--property", "S1v");
        assertEquals(0, r.exit(), r.out() + r.err());
        String out = r.out().replaceAll("\\s+", " ");
        assertTrue(out.contains("at most 2 faults (loss, dup)"), out);
        assertTrue(out.contains("check seed-7282 real-fix --faults loss,dup --max-faults 2"), out);
        Cli none = Cli.run("check", "--variant", "real-fix", "--property", "S1v");
        assertTrue(none.out().replaceAll("\\s+", " ").contains("no faults (no lost, duplicated or failed messages)"));

        Cli l1 = Cli.run("check", "--variant", "sim-fix", "--faults", "loss", "--property", "L1");
        assertEquals(1, l1.exit(), l1.out() + l1.err());
        String schedule = l1.out().lines().filter(l -> l.strip().startsWith("schedule:")).findFirst().orElseThrow()
                .strip().substring("schedule:".length()).strip();
        assertTrue(schedule.contains("loss:nexus:put("), schedule);
        Cli replay = Cli.run("replay", "--variant", "sim-fix", "--faults", "loss", "--schedule", schedule);
        assertEquals(1, replay.exit(), replay.err());
        assertTrue(replay.out().contains("L1"), replay.out());
        Cli withoutFaults = Cli.run("replay", "--variant", "sim-fix", "--schedule", schedule);
        assertEquals(2, withoutFaults.exit(), "a fault's step is not enabled without --faults");
    }

    @Test
    void helpListsEveryFaultKindOnce() {
        String help = Cli.run("check", "--help").out();
        for (FaultKind k : FaultKind.values()) {
            assertTrue(help.contains("  " + k.id() + " "), k.id() + " in: " + help);
        }
        assertTrue(Cli.run("matrix", "--help").out().contains("--faults"));
    }
}
