package dev.sledcheck.stress.lincheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.omicron.OmicronProperty;
import dev.sledcheck.stress.races.CheckerAnswer;
import dev.sledcheck.stress.races.Race;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lincheck explores the threaded runtime's interleavings of each race in which the checker finds
 * S1v-S4 broken under same-thread delivery, and must agree with it: asked about S1v-S4, it finds a
 * violation, and only of properties the checker finds broken; where the checker finds a spurious
 * Failed, Lincheck's report shows the Failed write landing (the report of that run when its
 * interleaving has it, else of a run asked about S1v alone). Each violation must be found within
 * a {@value Scenarios#SAFETY}th of the budget ({@link Scenarios#INVOCATIONS} says why). Each
 * verdict is recorded for the agreement step. The races the checker proves safe are
 * {@link LincheckNoneFoundTest}'s.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LincheckFindsTest {

    /** Each race's report from the run judging S1v-S4: the determinism check compares a rerun with one. */
    private static final Map<Race, String> REPORTS = new ConcurrentHashMap<>();

    static Stream<Race> broken() {
        return Stream.of(Race.values()).filter(Subjects::broken);
    }

    @Order(1)
    @ParameterizedTest
    @MethodSource("broken")
    void lincheckFindsWhatTheCheckerFindsAndNothingElse(Race race) {
        List<OmicronProperty> expected = CheckerAnswer.of(race).sameThreadViolated();
        long t0 = System.nanoTime();
        String all = fails(race, Subjects.of(race), race.title() + ": the checker finds " + expected);
        REPORTS.put(race, all);
        List<OmicronProperty> broken = LincheckVerdict.brokenIn(all);
        String s1v = LincheckVerdict.NOT_ASKED;
        String report = all;
        if (expected.contains(OmicronProperty.S1v)) {
            if (!broken.contains(OmicronProperty.S1v)) {
                report = fails(race, Subjects.s1v(race), race.title() + ": the checker finds a spurious Failed");
            }
            assertTrue(report.contains("= Validation function validate has failed ="), race.title());
            assertTrue(report.contains("The following interleaving leads to the error"), race.title());
            assertTrue(report.matches("(?s).*write v1 Failed gen \\d -> landed.*<== S1v \\(spurious Failed VMM row\\).*"),
                    race.title() + ": the report shows the Failed write landing");
            s1v = LincheckVerdict.VIOLATED;
        }
        new LincheckVerdict(race, LincheckVerdict.VIOLATED, broken, s1v, Scenarios.INVOCATIONS,
                LincheckVerdict.secondsSince(t0), report).write();
        assertTrue(!broken.isEmpty() && expected.containsAll(broken),
                race.title() + ": Lincheck saw " + broken + " broken, the checker finds " + expected);
    }

    @Order(2)
    @Test
    void theSameRaceGivesTheSameTraceEveryTime() {
        Race race = Race.SEED_SIM_BUG;
        String first = REPORTS.computeIfAbsent(race, r -> fails(r, Subjects.of(r), r.title()));
        String again = fails(race, Subjects.of(race), race.title());
        assertEquals(normalized(first), normalized(again));
    }

    /**
     * Lincheck's report of the interleaving on which {@code subject} fails, which it must find within
     * a {@value Scenarios#SAFETY}th of the budget.
     */
    private static String fails(Race race, Class<? extends RaceSubject> subject, String what) {
        long before = RaceSubject.built();
        String report = assertThrows(LincheckAssertionError.class, () -> Scenarios.options(race).check(subject), what)
                .getMessage();
        long tried = RaceSubject.built() - before;
        assertTrue(tried * Scenarios.SAFETY <= Scenarios.INVOCATIONS, what + ": found only after " + tried
                + " interleavings, more than 1/" + Scenarios.SAFETY + " of the budget of " + Scenarios.INVOCATIONS
                + "; raise Scenarios.INVOCATIONS (its comment says how it is chosen)");
        return report;
    }

    /** Lincheck names the class it generates per run for a thread's code: not part of the trace. */
    private static String normalized(String report) {
        return report.replaceAll("TestThreadExecution\\d+", "TestThreadExecution");
    }
}
