package dev.sledcheck.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sledcheck.examples.Graph;
import dev.sledcheck.model.core.PartialOrder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How the search uses the subsets a model proposes: it takes the first whose successors all pass
 * the cycle proviso (all new, not one of them visited), else every action; an empty subset is a
 * broken contract, not a verdict. Both searches ask the same question, so they agree here.
 */
class ProposedSubsetsTest {

    /** Node 0 loops on itself and leads to 1 and 2; 1 leads to 3, 2 to 4. Actions are target nodes. */
    private static final Graph GRAPH = new Graph(List.of(0), Map.of(0, List.of(0, 1, 2), 1, List.of(3), 2, List.of(4)),
            List.of());

    /** The distinct states a search visits when node 0 offers {@code atZero} (indices into 0, 1, 2). */
    private static long states(List<int[]> atZero, Strategy strategy) {
        PartialOrder<Integer, Integer> por = (state, enabled) -> state == 0 ? atZero : List.of();
        return Checker.of(GRAPH).options(SearchOptions.defaults().withStrategy(strategy))
                .reductions(new Reductions<>(List.of(), por)).run().stats().states();
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = "SWARM", mode = EnumSource.Mode.EXCLUDE) // counts of exhaustive searches
    void theFirstSubsetWhoseSuccessorsAreNewIsTaken(Strategy strategy) {
        // The self-loop's successor is node 0 itself, already visited: the proviso refuses {0}.
        assertEquals(3, states(List.of(new int[] {0}, new int[] {1}), strategy), "0, 1 and 3");
        // One visited successor refuses the whole subset, though node 1 is new.
        assertEquals(3, states(List.of(new int[] {0, 1}, new int[] {2}), strategy), "0, 2 and 4");
        assertEquals(5, states(List.of(new int[] {0}), strategy), "refused: every node");
        assertEquals(5, states(List.of(), strategy), "none proposed: every node");
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = "SWARM", mode = EnumSource.Mode.EXCLUDE) // counts of exhaustive searches
    void anEmptySubsetIsAModelError(Strategy strategy) {
        ModelError e = assertThrows(ModelError.class, () -> states(List.<int[]>of(new int[0]), strategy));
        assertEquals("the partial order proposed an empty subset of the enabled actions", e.getMessage());
    }
}
