package dev.sledcheck.checker;

import static dev.sledcheck.checker.Checks.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.app.OmicronCheck;
import dev.sledcheck.app.Predictions;
import dev.sledcheck.checker.store.ExactVisited;
import dev.sledcheck.examples.TwoPhase;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Stats;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fingerprints and whole states find the same states: on every matrix configuration, both
 * strategies, the counts, verdicts and runs agree, and only the description of the store differs.
 */
class StoreModesTest {

    static Stream<Configuration> matrix() {
        return Predictions.load().configurations(Scenario.SEED_7282).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void fingerprintsAndWholeStatesAgreeOnTheMatrix(Configuration c) {
        for (Strategy strategy : List.of(Strategy.BFS, Strategy.DFS)) { // swarm keeps no store
            SearchOptions exact = SearchOptions.defaults().withStrategy(strategy).withStore(StoreMode.EXACT);
            CheckResult whole = OmicronCheck.run(c, exact);
            CheckResult prints = OmicronCheck.run(c, exact.withStore(StoreMode.FINGERPRINT));
            assertEquals(ExactVisited.DESCRIPTION, whole.stats().dedup());
            assertTrue(prints.stats().dedup().startsWith("fingerprints (64-bit; P(a collision hid a state) <= "),
                    prints.stats().dedup());
            assertEquals(sameStore(whole), sameStore(prints), strategy.label());
        }
    }

    @ParameterizedTest
    // Not swarm: it proves nothing and its runs are not the searches' own (SwarmTest covers it).
    @EnumSource(value = Strategy.class, names = "SWARM", mode = EnumSource.Mode.EXCLUDE)
    void autoTurnsToFingerprintsPastItsLimitAndSaysSo(Strategy strategy) {
        SearchOptions o = SearchOptions.defaults().withStrategy(strategy);
        CheckResult exact = check(TwoPhase.of(5), o.withStore(StoreMode.EXACT));
        CheckResult auto = check(TwoPhase.of(5), o.withStore(StoreMode.AUTO).withExactLimit(1000));
        CheckResult small = check(TwoPhase.of(5), o.withStore(StoreMode.AUTO));

        assertEquals(sameStore(exact), sameStore(auto));
        assertTrue(auto.stats().dedup().matches("exact up to \\d+ states, then fingerprints \\(64-bit; .*"),
                auto.stats().dedup());
        assertEquals(ExactVisited.DESCRIPTION, small.stats().dedup());
    }

    @ParameterizedTest
    // Not swarm: it proves nothing and its runs are not the searches' own (SwarmTest covers it).
    @EnumSource(value = Strategy.class, names = "SWARM", mode = EnumSource.Mode.EXCLUDE)
    void theCollisionBoundAndBytesPerStateAreStated(Strategy strategy) {
        SearchOptions o = SearchOptions.defaults().withStrategy(strategy).withStore(StoreMode.FINGERPRINT);
        CheckResult r = check(TwoPhase.of(5), o);
        // 8832 states: 8832^2 / 2^65 = 2.1e-12.
        assertTrue(r.stats().dedup().startsWith("fingerprints (64-bit; P(a collision hid a state) <= 2.1e-12)"),
                r.stats().dedup());
        assertTrue(r.stats().dedup().matches(".*, \\d+\\.\\d bytes/state"), r.stats().dedup());
    }

    /** The result with the store's description set aside: everything else must match. */
    private static CheckResult sameStore(CheckResult r) {
        Stats s = Checks.withoutSeconds(r).stats();
        Stats plain = new Stats(s.search(), "", s.states(), s.transitions(), s.maxDepth(), s.complete(), s.limit(), 0);
        return new CheckResult(r.subject(), r.bounds(), plain, r.verdicts());
    }
}
