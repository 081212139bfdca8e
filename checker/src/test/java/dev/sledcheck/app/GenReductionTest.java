package dev.sledcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.GenCheck;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Verdict;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generation-aware reduction on every matrix configuration: the same verdicts with runs of the
 * same (shortest) length, fewer states wherever the strict check makes it apply, and exactly the
 * same state space where it must not apply (gen-le, no-gen-check).
 */
class GenReductionTest {

    static Stream<Configuration> configurations() {
        return Predictions.load().configurations(Scenario.SEED_7282).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void genKeepsEveryVerdictAndShrinksTheSpace(Configuration c) {
        CheckResult none = PredictionsTest.result(c);
        CheckResult gen = OmicronCheck.run(c, SearchOptions.defaults(), List.of("gen"));
        for (Verdict v : none.verdicts()) {
            Verdict g = gen.verdict(v.property());
            assertEquals(v.status(), g.status(), v.property());
            if (v.run() != null) {
                assertEquals(v.run().length(), g.run().length(), v.property() + ": still shortest");
            }
        }
        if (c.variant().genCheck() == GenCheck.STRICT) {
            assertTrue(gen.stats().states() < none.stats().states(),
                    gen.stats().states() + " representatives vs " + none.stats().states() + " states");
        } else {
            assertEquals(none.stats().states(), gen.stats().states(), "no reduction without the strict check");
        }
    }
}
