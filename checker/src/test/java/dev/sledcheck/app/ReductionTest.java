package dev.sledcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.checker.Replay;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.OmicronModel;
import dev.sledcheck.model.omicron.Options;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.omicron.Variant;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Verdict;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each reduction keeps every verdict and shrinks the state count where it applies (scale with two
 * identical instances); every run it finds replays on the full model and breaks the same property.
 */
class ReductionTest {

    /** A configuration and the properties to decide (empty: all, so the whole space is explored). */
    record Case(Configuration configuration, Set<String> only) {
        @Override
        public String toString() {
            return configuration.describe() + (only.isEmpty() ? "" : " " + only);
        }
    }

    static Stream<Case> cases() {
        Options two = Options.defaults(Scenario.SCALE).withInstances(2);
        return Stream.of(
                // Safe and small enough to explore whole, twice: the count must drop.
                new Case(new Configuration(Scenario.SCALE, two.withPasses(0), Variant.SIM_FIX), Set.of()),
                new Case(new Configuration(Scenario.SCALE, two.withPasses(0).withRestart(true), Variant.REAL_FIX), Set.of()),
                // Violations, found early: verdicts and concretized runs must agree.
                new Case(new Configuration(Scenario.SCALE, two, Variant.SIM_BUG), Set.of("S1v", "S1i", "S3")),
                new Case(new Configuration(Scenario.SCALE, two.withRestart(true), Variant.WATCHER_REREAD),
                        Set.of("S1v", "S1i", "S4")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void symmetryKeepsEveryVerdict(Case k) {
        Configuration c = k.configuration();
        SearchOptions options = SearchOptions.defaults().withOnly(k.only());
        CheckResult none = OmicronCheck.run(c, options);
        CheckResult sym = OmicronCheck.run(c, options, List.of("symmetry"));
        for (Verdict v : none.verdicts()) {
            Verdict r = sym.verdict(v.property());
            assertEquals(v.status(), r.status(), v.property());
            if (r.run() != null) {
                assertEquals(v.run().length(), r.run().length(), v.property() + ": symmetry keeps path lengths");
                if (r.status() == Status.VIOLATED) {
                    assertTrue(Replay.replay(OmicronModel.build(c), r.run().schedule()).broken().contains(v.property()));
                }
            }
        }
        assertEquals(k.only().isEmpty(), none.stats().complete());
        if (none.stats().complete()) {
            assertTrue(sym.stats().complete());
            assertTrue(sym.stats().states() < none.stats().states(),
                    sym.stats().states() + " representatives vs " + none.stats().states() + " states");
        }
    }
}
