package dev.sledcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.provider.ModelProvider;
import dev.sledcheck.provider.Providers;
import org.junit.jupiter.api.Test;

/** {@code sledcheck models} lists every provider; each one's model runs through check and replay by name. */
class ModelsCommandTest {

    @Test
    void modelsListsOmicronAndTheExamples() {
        Cli r = Cli.run("models");
        assertEquals(0, r.exit(), r.err());
        for (String name : new String[] {"omicron", "two-phase-commit", "peterson", "retrying-client", "die-hard"}) {
            assertTrue(r.out().contains("\n" + name + " ") || r.out().startsWith(name + " "), name + " in:\n" + r.out());
        }
        assertEquals(Providers.names().size(), r.out().lines().filter(l -> !l.startsWith(" ")).count());
    }

    @Test
    void everyModelChecksAndItsPrintedReplayRuns() {
        for (ModelProvider p : Providers.all()) {
            if (p.name().equals(Providers.DEFAULT)) {
                continue; // the rest of the suite checks omicron
            }
            Cli check = Cli.run("check", "--model", p.name());
            assertTrue(check.exit() == 0 || check.exit() == 1, p.name() + ": " + check.err());
            assertTrue(check.out().startsWith("check " + p.name()), check.out());
            // the replay printed under the first VIOLATED property, if any
            String afterViolation = check.out().replaceFirst("(?s)^.*?\n\\S+  VIOLATED\n", "");
            String replay = afterViolation.equals(check.out()) ? null : afterViolation.lines()
                    .filter(l -> l.strip().startsWith("replay:")).findFirst().orElse(null);
            if (replay != null) {
                // "replay:   sledcheck replay --model NAME ARGS --schedule '...'": run it as printed
                String command = replay.strip().substring("replay:".length()).strip();
                assertTrue(command.startsWith("sledcheck replay --model " + p.name()), command);
                Cli again = Cli.run(Transcript.words(command.substring("sledcheck ".length())).toArray(String[]::new));
                assertEquals(1, again.exit(), command + "\n" + again.out() + again.err());
                assertTrue(again.out().contains("broken: "), again.out());
            }
        }
    }

    @Test
    void anUnknownModelIsOneLine() {
        CliContractTest.oneLine(Cli.run("check", "--model", "petersen"), "unknown model 'petersen'; did you mean 'peterson'?");
    }

    @Test
    void validateLogOnlyReadsOmicronsLogsAndRefusesAnotherModel() {
        CliContractTest.oneLine(Cli.run("validate-log", "x.log", "--model", "peterson"), "validate-log needs ",
                "which only the omicron model has; 'sledcheck check --model peterson' checks peterson");
    }

    @Test
    void matrixAndBenchRunAnotherModel() {
        Cli matrix = Cli.run("matrix", "--model", "peterson");
        assertEquals(0, matrix.exit(), matrix.err());
        assertTrue(matrix.out().startsWith("matrix peterson: "), matrix.out());
        Cli bench = Cli.run("bench", "--model", "peterson", "--reduction", "none");
        assertEquals(0, bench.exit(), bench.err());
        assertTrue(bench.out().startsWith("bench peterson\n"), bench.out());
    }
}
