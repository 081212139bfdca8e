package dev.sledcheck.examples.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.checker.Checker;
import dev.sledcheck.checker.Replay;
import dev.sledcheck.checker.ReplayResult;
import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.checker.Strategy;
import dev.sledcheck.model.actor.ActorSystem;
import dev.sledcheck.model.actor.Id;
import dev.sledcheck.model.actor.SystemState;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Status;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The retrying client: a retry applies twice unless the server deduplicates. */
class RetryingTest {

    private static final String TWICE = "server:Request(1);client:Timeout(1);server:Request(1)";

    private static CheckResult check(ActorSystem<Void, Msg> model, Strategy strategy) {
        return Checker.of(model).options(SearchOptions.defaults().withStrategy(strategy)).run();
    }

    @ParameterizedTest(name = "{0} requests, {1} retries, dedup {2}, {3}")
    @CsvSource({
        "1, 1, false, BFS, 16, 23, VIOLATED",
        "1, 1, true, BFS, 14, 22, SAFE",
        "2, 0, false, BFS, 16, 26, SAFE",
        "2, 0, true, BFS, 16, 26, SAFE",
        "2, 1, false, BFS, 212, 503, VIOLATED",
        "2, 1, false, DFS, 212, 503, VIOLATED",
        "2, 1, true, BFS, 92, 245, SAFE",
        "2, 1, true, DFS, 92, 245, SAFE",
        "2, 2, false, BFS, 2003, 5640, VIOLATED",
        "2, 2, true, BFS, 313, 1017, SAFE",
        "3, 2, true, BFS, 3769, 17865, SAFE",
    })
    void pinsTheCountsAndTheVerdict(int requests, int retries, boolean dedup, Strategy strategy,
            long states, long transitions, Status appliedOnce) {
        CheckResult result = check(Retrying.of(requests, retries, dedup), strategy);

        assertEquals(states, result.stats().states());
        assertEquals(transitions, result.stats().transitions());
        assertTrue(result.stats().complete());
        assertEquals(appliedOnce, status(result, "AppliedOnce"));
        // No message is lost, so the client always ends with every reply, duplicates or not.
        assertEquals(Status.SAFE, status(result, "Answered"));
        // Retries really do put a second copy of a request in flight: SAFE with dedup is not vacuous.
        assertEquals(retries == 0 ? Status.UNREACHED : Status.REACHED, status(result, "DuplicateInFlight"));
    }

    /** The timer fires before the reply arrives, and the retry is applied again. */
    @Test
    void theShortestDoubleApplicationTakesThreeSteps() {
        CheckResult result = check(Retrying.of(2, 1, false), Strategy.BFS);

        Run run = result.verdict("AppliedOnce").run();
        assertEquals(TWICE, run.schedule());
        assertEquals(List.of("applies request 1, log [1]", "no reply yet: sends request 1 again",
                "applies request 1, log [1, 1]"), run.steps().stream().map(s -> s.text()).toList());
        assertEquals(List.of("AppliedOnce"), run.steps().get(2).breaks());
    }

    @ParameterizedTest
    @EnumSource(Strategy.class)
    void theDoubleApplicationReplays(Strategy strategy) {
        ActorSystem<Void, Msg> model = Retrying.of(2, 1, false);
        Run found = check(model, strategy).verdict("AppliedOnce").run();

        ReplayResult<SystemState<Void, Msg>> replayed = Replay.replay(model, found.schedule());

        assertEquals(found, replayed.run());
        assertEquals(List.of("AppliedOnce"), replayed.broken());
        // Depth-first finds another request applied twice: some id is in the log more than once.
        List<Integer> log = replayed.finalState().<Server.State>actor(new Id(0)).log();
        assertTrue(log.stream().distinct().count() < log.size(), log.toString());
    }

    /** The same schedule against a deduplicating server: the retry is answered, not applied. */
    @Test
    void dedupRepliesWithoutApplying() {
        ReplayResult<SystemState<Void, Msg>> replayed = Replay.replay(Retrying.of(2, 1, true), TWICE);

        assertEquals(List.of(), replayed.broken());
        assertEquals("request 1 was applied already: replies only", replayed.run().steps().get(2).text());
        assertEquals(List.of(1), replayed.finalState().<Server.State>actor(new Id(0)).log());
    }

    private static Status status(CheckResult result, String property) {
        return result.verdict(property).status();
    }
}
