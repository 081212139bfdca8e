package dev.sledcheck.checker;

import static dev.sledcheck.checker.Checks.check;
import static dev.sledcheck.checker.Checks.status;
import static dev.sledcheck.checker.Checks.withoutSeconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.examples.Fan;
import dev.sledcheck.examples.TwoPhase;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Status;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A search cut short by a limit must never claim SAFE or UNREACHED. */
class LimitsTest {

    @ParameterizedTest
    // Not swarm: it proves nothing and its runs are not the searches' own (SwarmTest covers it).
    @EnumSource(value = Strategy.class, names = "SWARM", mode = EnumSource.Mode.EXCLUDE)
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
        // Each state takes at least 20 µs, so 10 ms have passed after at most 500 states; the next
        // reading of the clock comes within CHECK_EVERY units of work (a state and its successor:
        // two units).
        long states = result.stats().states();
        assertTrue(states >= 1 && states <= 500 + Budget.CHECK_EVERY / 2 + 1, "states: " + states);
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void aMemoryBudgetTheHeapIsOverStopsTheSearchIncomplete(Strategy strategy) {
        // Any JVM holds more than 1 MiB of live data: the first reading of the heap stops it.
        SearchOptions options = SearchOptions.defaults().withStrategy(strategy).withMaxMemory(1 << 20);
        CheckResult result = check(TwoPhase.of(5), options);

        assertEquals("max-memory 1 MiB", result.stats().limit());
        assertFalse(result.stats().complete());
        assertEquals(Status.INCOMPLETE, status(result, "TCConsistent"));
    }

    @Test
    void theDefaultMemoryBudgetLeavesRoomBelowTheHeap() {
        long heap = Runtime.getRuntime().maxMemory();
        assertEquals((long) (heap * 0.85), SearchOptions.defaults().maxMemory());
        assertTrue(check(TwoPhase.of(3), SearchOptions.defaults()).stats().complete());
    }

    static Stream<Arguments> searches() {
        SearchOptions d = SearchOptions.defaults();
        return Stream.of(Arguments.of(d.withThreads(1)), Arguments.of(d.withThreads(4)),
                Arguments.of(d.withStrategy(Strategy.DFS)));
    }

    @ParameterizedTest
    @MethodSource("searches")
    void aTimeLimitStopsWithinALevelOfSlowStates(SearchOptions options) {
        // The second level is 90,000 steps of 20 µs: 1.8 s on one thread, 30 times the limit.
        Fan fan = new Fan(300, 20_000);
        long start = System.nanoTime();
        CheckResult result = Checker.of(fan).options(options.withMaxSeconds(0.06)).splitFrom(2).run();
        double seconds = (System.nanoTime() - start) / 1e9;

        assertEquals("max-seconds 0.06", result.stats().limit());
        assertEquals(Status.INCOMPLETE, status(result, "Negative"));
        assertTrue(seconds < 0.6, "stopped after " + seconds + " s");
        assertTrue(fan.steps() < 20_000, fan.steps() + " steps");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void aStateLimitStopsExpandingALevelOnceItsCutIsKnown(int threads) {
        // 1 + 300 states in the first two levels; the limit falls 50 states into the third, of
        // 90,000 steps. The result is the one-thread result, and the work is a few parents' worth.
        Fan fan = new Fan(300, 0);
        SearchOptions options = SearchOptions.defaults().withThreads(threads).withMaxStates(351);
        CheckResult result = Checker.of(fan).options(options).splitFrom(2).run();

        assertEquals(351, result.stats().states());
        assertEquals("max-states 351", result.stats().limit());
        assertEquals(withoutSeconds(Checks.check(new Fan(300, 0), options.withThreads(1))), withoutSeconds(result));
        assertTrue(fan.steps() < 300 + 10 * 300, fan.steps() + " steps");
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
