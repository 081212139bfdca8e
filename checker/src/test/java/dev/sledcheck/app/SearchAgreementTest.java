package dev.sledcheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.checker.SearchOptions;
import dev.sledcheck.checker.Strategy;
import dev.sledcheck.model.omicron.Configuration;
import dev.sledcheck.model.omicron.Scenario;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Status;
import dev.sledcheck.model.run.Verdict;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * BFS and DFS on every matrix configuration: same verdicts and, with no reductions, the same
 * number of distinct states; BFS's counterexamples are never longer than DFS's.
 */
class SearchAgreementTest {

    static Stream<Configuration> configurations() {
        return Predictions.load().configurations(Scenario.SEED_7282).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void bfsAndDfsAgree(Configuration c) {
        CheckResult bfs = PredictionsTest.result(c);
        CheckResult dfs = OmicronCheck.run(c, SearchOptions.defaults().withStrategy(Strategy.DFS));
        // A search stops early only when every property is decided; a SAFE verdict forces both to
        // explore the whole space, and then they must have seen exactly the same states.
        boolean someSafe = bfs.verdicts().stream().anyMatch(v -> v.status() == Status.SAFE);
        assertEquals(someSafe, bfs.stats().complete(), "bfs completeness");
        assertEquals(someSafe, dfs.stats().complete(), "dfs completeness");
        if (someSafe) {
            assertEquals(bfs.stats().states(), dfs.stats().states(), "distinct states");
            assertEquals(bfs.stats().transitions(), dfs.stats().transitions(), "transitions");
        }
        for (Verdict b : bfs.verdicts()) {
            Verdict d = dfs.verdict(b.property());
            assertEquals(b.status(), d.status(), b.property());
            if (b.status() == Status.VIOLATED || b.status() == Status.REACHED) {
                assertNotNull(d.run());
                assertTrue(b.run().length() <= d.run().length(),
                        b.property() + ": bfs " + b.run().length() + " > dfs " + d.run().length());
            }
        }
    }
}
