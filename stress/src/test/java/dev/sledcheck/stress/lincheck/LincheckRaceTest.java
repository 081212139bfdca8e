package dev.sledcheck.stress.lincheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.omicron.OmicronProperty;
import dev.sledcheck.stress.races.CheckerAnswer;
import dev.sledcheck.stress.races.Race;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Lincheck explores the threaded runtime's interleavings of each race and must agree with the
 * checker under same-thread delivery: where the checker finds a spurious Failed, Lincheck asked
 * about S1v finds it and its report shows the Failed write landing; asked about S1v-S4, it finds a
 * violation exactly where the checker does, and only of properties the checker finds broken. Each
 * verdict is recorded for the agreement step.
 */
class LincheckRaceTest {

    /** Verdicts of an earlier run must not stand in for this one's. */
    @BeforeAll
    static void forgetEarlierVerdicts() throws IOException {
        if (Files.isDirectory(LincheckVerdict.DIR)) {
            try (Stream<Path> files = Files.list(LincheckVerdict.DIR)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Race.class)
    void lincheckFindsWhatTheCheckerFindsAndNothingElse(Race race) {
        List<OmicronProperty> expected = CheckerAnswer.of(race).sameThreadViolated();
        long t0 = System.nanoTime();
        String s1v = LincheckVerdict.NOT_ASKED;
        String report = "";
        if (expected.contains(OmicronProperty.S1v)) {
            report = assertThrows(LincheckAssertionError.class, () -> Scenarios.options(race).check(Subjects.s1v(race)),
                    race.title() + ": the checker finds a spurious Failed").getMessage();
            assertTrue(report.contains("= Validation function validate has failed ="), race.title());
            assertTrue(report.contains("The following interleaving leads to the error"), race.title());
            assertTrue(report.matches("(?s).*write v1 Failed gen \\d -> landed.*<== S1v \\(spurious Failed VMM row\\).*"),
                    race.title() + ": the report shows the Failed write landing");
            s1v = LincheckVerdict.VIOLATED;
        }
        if (expected.isEmpty()) {
            Scenarios.options(race).check(Subjects.of(race));
            new LincheckVerdict(race, LincheckVerdict.NONE_FOUND, List.of(), s1v, Scenarios.INVOCATIONS,
                    seconds(t0), report).write();
            return;
        }
        String all = assertThrows(LincheckAssertionError.class, () -> Scenarios.options(race).check(Subjects.of(race)),
                race.title() + ": the checker finds " + expected).getMessage();
        List<OmicronProperty> broken = LincheckVerdict.brokenIn(all);
        new LincheckVerdict(race, LincheckVerdict.VIOLATED, broken, s1v, Scenarios.INVOCATIONS, seconds(t0),
                report.isEmpty() ? all : report).write();
        assertTrue(!broken.isEmpty() && expected.containsAll(broken),
                race.title() + ": Lincheck saw " + broken + " broken, the checker finds " + expected);
    }

    @Test
    void theSameRaceGivesTheSameTraceEveryTime() {
        Race race = Race.SEED_SIM_BUG;
        String first = assertThrows(LincheckAssertionError.class,
                () -> Scenarios.options(race).check(Subjects.s1v(race))).getMessage();
        String second = assertThrows(LincheckAssertionError.class,
                () -> Scenarios.options(race).check(Subjects.s1v(race))).getMessage();
        assertEquals(normalized(first), normalized(second));
    }

    /** Lincheck names the class it generates per run for a thread's code: not part of the trace. */
    private static String normalized(String report) {
        return report.replaceAll("TestThreadExecution\\d+", "TestThreadExecution");
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
