package dev.sledcheck.checker;

import static dev.sledcheck.checker.Checks.check;
import static dev.sledcheck.checker.Checks.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.examples.TwoPhase;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Status;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A search cut short by a limit must never claim SAFE or UNREACHED. */
class LimitsTest {

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void aStateLimitLeavesUndecidedPropertiesIncomplete(Strategy strategy) {
        SearchOptions options = SearchOptions.defaults().withStrategy(strategy).withMaxStates(100);
        CheckResult result = check(TwoPhase.of(5), options);

        assertEquals(100, result.stats().states());
        assertFalse(result.stats().complete());
        assertEquals("max-states 100", result.stats().limit());
        assertEquals(Status.INCOMPLETE, status(result, "TCConsistent"));
        assertEquals(Status.INCOMPLETE, status(result, "MsgsOnlyGrow"));
        assertTrue(result.verdicts().stream()
                .noneMatch(v -> v.status() == Status.SAFE || v.status() == Status.UNREACHED));
    }

    @Test
    void aViolationFoundBeforeTheLimitStaysViolated() {
        CheckResult result = check(TwoPhase.eagerCommit(3), SearchOptions.defaults().withMaxStates(200));

        assertEquals(Status.VIOLATED, status(result, "TCConsistent"));
        assertEquals(5, result.verdict("TCConsistent").run().length());
        assertEquals(Status.INCOMPLETE, status(result, "MsgsOnlyGrow"));
        assertEquals("max-states 200", result.stats().limit());
    }

    @Test
    void aLimitTheSpaceFitsInDoesNotCutIt() {
        CheckResult exact = check(TwoPhase.of(3), SearchOptions.defaults().withMaxStates(288));
        CheckResult oneShort = check(TwoPhase.of(3), SearchOptions.defaults().withMaxStates(287));

        assertTrue(exact.stats().complete());
        assertEquals(Status.SAFE, status(exact, "TCConsistent"));
        assertFalse(oneShort.stats().complete());
        assertEquals(Status.INCOMPLETE, status(oneShort, "TCConsistent"));
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aTimeLimitStopsAnEndlessSearchAtAClockReading(Strategy strategy) {
        SearchOptions options = SearchOptions.defaults().withStrategy(strategy).withMaxSeconds(0.01);
        CheckResult result = check(new SlowCounter(), options);

        assertEquals(Status.INCOMPLETE, status(result, "Negative"));
        assertFalse(result.stats().complete());
        assertEquals("max-seconds 0.01", result.stats().limit());
        // 1024 expansions take over 20 ms here, so the first clock reading stops the search.
        long states = result.stats().states();
        assertTrue(states >= Budget.CLOCK_EVERY && states <= Budget.CLOCK_EVERY + 1, "states: " + states);
    }

    /** An endless counter that spends at least 20 µs listing its one action. */
    private static final class SlowCounter implements Model<Long, String> {

        @Override
        public List<Long> initialStates() {
            return List.of(0L);
        }

        @Override
        public void actions(Long n, List<String> into) {
            long until = System.nanoTime() + 20_000;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            into.add("inc");
        }

        @Override
        public Long next(Long n, String action) {
            return n + 1;
        }

        @Override
        public List<Property<Long, String>> properties() {
            return List.of(Property.sometimes("Negative", "the counter goes below zero", n -> n < 0));
        }
    }
}
