package dev.sledcheck.stress.lincheck;

import dev.sledcheck.stress.races.Race;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where the checker proves that no interleaving of a race breaks S1v-S4 under same-thread delivery,
 * Lincheck finds none within its budget ({@link Scenarios#INVOCATIONS}); its verdict is recorded
 * for the agreement step. The races the checker finds broken are {@link LincheckFindsTest}'s.
 */
class LincheckNoneFoundTest {

    static Stream<Race> safe() {
        return Stream.of(Race.values()).filter(r -> !Subjects.broken(r));
    }

    @ParameterizedTest
    @MethodSource("safe")
    void lincheckFindsNoViolationWhereTheCheckerProvesNone(Race race) {
        long t0 = System.nanoTime();
        Scenarios.options(race).check(Subjects.of(race));
        new LincheckVerdict(race, LincheckVerdict.NONE_FOUND, List.of(), LincheckVerdict.NOT_ASKED,
                Scenarios.INVOCATIONS, LincheckVerdict.secondsSince(t0), "").write();
    }
}
