package dev.sledcheck.stress.jcstress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.model.omicron.OmicronProperty;
import dev.sledcheck.stress.races.CheckerAnswer;
import dev.sledcheck.stress.races.Race;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.annotations.Outcome;

/**
 * Grading follows the checker: each jcstress test names exactly the outcomes the checker finds
 * reachable under same-thread delivery from the race's start (ACCEPTABLE when nothing breaks,
 * ACCEPTABLE_INTERESTING when a property does), names a spurious Failed FORBIDDEN where the checker
 * proves it unreachable, and leaves everything else to a FORBIDDEN catch-all.
 */
class JcstressOutcomesTest {

    private static Outcome[] outcomes(Class<?> test) {
        return test.getAnnotationsByType(Outcome.class);
    }

    private static String id(Outcome o) {
        return String.join("|", o.id());
    }

    @ParameterizedTest
    @EnumSource(Race.class)
    void theNamedOutcomesAreTheCheckersReachableOutcomes(Race race) throws Exception {
        Class<?> test = Class.forName(race.jcstressTest());
        assertSame(race, test.getDeclaredField("RACE").get(null), test + " runs " + race);
        CheckerAnswer answer = CheckerAnswer.of(race);
        List<String> allowed = new ArrayList<>();
        for (Outcome o : outcomes(test)) {
            assertFalse(o.desc().isBlank(), test + ": every outcome is described");
            if (o.expect() == Expect.FORBIDDEN) {
                for (String reachable : answer.outcomes()) {
                    assertFalse(!id(o).isEmpty() && reachable.matches(id(o)),
                            test + ": '" + reachable + "' is reachable but matches FORBIDDEN " + id(o));
                }
                continue;
            }
            allowed.add(id(o));
            boolean breaks = !o.id()[0].endsWith(", ok");
            assertEquals(breaks ? Expect.ACCEPTABLE_INTERESTING : Expect.ACCEPTABLE, o.expect(), test + " " + id(o));
        }
        assertEquals(answer.outcomes(), List.copyOf(new TreeSet<>(allowed)), test + ": named outcomes vs the checker's");
        assertTrue(outcomes(test)[outcomes(test).length - 1].id()[0].isEmpty()
                && outcomes(test)[outcomes(test).length - 1].expect() == Expect.FORBIDDEN, test + ": a FORBIDDEN catch-all");
    }

    @ParameterizedTest
    @EnumSource(Race.class)
    void aSpuriousFailedIsForbiddenExactlyWhereTheCheckerProvesItUnreachable(Race race) throws Exception {
        Class<?> test = Class.forName(race.jcstressTest());
        boolean reachable = CheckerAnswer.of(race).sameThreadViolated().contains(OmicronProperty.S1v);
        boolean namedForbidden = false;
        boolean namedInteresting = false;
        for (Outcome o : outcomes(test)) {
            boolean failed = id(o).contains("Failed");
            namedForbidden |= failed && o.expect() == Expect.FORBIDDEN;
            namedInteresting |= failed && o.expect() == Expect.ACCEPTABLE_INTERESTING;
        }
        assertEquals(!reachable, namedForbidden, test + ": spurious Failed named FORBIDDEN");
        assertEquals(reachable, namedInteresting, test + ": spurious Failed named ACCEPTABLE_INTERESTING");
    }
}
