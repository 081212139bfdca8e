package dev.sledcheck.checker;

import static dev.sledcheck.checker.Checks.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.examples.DieHard;
import dev.sledcheck.examples.Graph;
import dev.sledcheck.examples.SkipCounter;
import dev.sledcheck.examples.TwoPhase;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.run.CheckResult;
import dev.sledcheck.model.run.Verdict;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Breadth- and depth-first search are two orders over the same reachable set. */
class StrategyAgreementTest {

    static Stream<Arguments> examples() {
        Graph twoRoots = new Graph(List.of(3, 0, 3), Map.of(0, List.of(1, 2), 1, List.of(0), 3, List.of(3, 4)),
                List.of(Property.sometimes("SeesFour", "node 4 is reached", n -> n == 4)));
        return Stream.of(
                Arguments.of("2pc-3", TwoPhase.of(3)),
                Arguments.of("2pc-4", TwoPhase.of(4)),
                Arguments.of("eager-2pc-3", TwoPhase.eagerCommit(3)),
                Arguments.of("die-hard", new DieHard()),
                Arguments.of("skip-counter", new SkipCounter(5)),
                Arguments.of("two-roots", twoRoots));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void bothVisitTheSameStatesOnceEachAndAgree(String name, Model<?, ?> model) {
        agree(model);
    }

    private static <S, A> void agree(Model<S, A> model) {
        Observed<S, A> bfsModel = new Observed<>(model);
        Observed<S, A> dfsModel = new Observed<>(model);
        CheckResult bfs = check(bfsModel, Strategy.BFS);
        CheckResult dfs = check(dfsModel, Strategy.DFS);

        assertTrue(bfs.stats().complete() && dfs.stats().complete());
        assertEquals(new HashSet<>(bfsModel.discovered()), new HashSet<>(dfsModel.discovered()));
        // Exact deduplication: each state is discovered (and counted) exactly once.
        assertEquals(bfs.stats().states(), bfsModel.discovered().size());
        assertEquals(bfsModel.discovered().size(), new HashSet<>(bfsModel.discovered()).size());
        assertEquals(bfs.stats().states(), dfs.stats().states());
        assertEquals(bfs.stats().transitions(), dfs.stats().transitions());
        for (int i = 0; i < bfs.verdicts().size(); i++) {
            Verdict b = bfs.verdicts().get(i);
            Verdict d = dfs.verdicts().get(i);
            assertEquals(b.property(), d.property());
            assertEquals(b.status(), d.status(), b.property());
            if (b.run() != null) {
                assertTrue(b.run().length() <= d.run().length(), b.property());
            }
        }
    }
}
