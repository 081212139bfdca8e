package dev.sledcheck.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sledcheck.examples.DieHard;
import dev.sledcheck.model.run.Stats;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchOptionsTest {

    @Test
    void defaultsAreBreadthFirstUnlimitedAndEverything() {
        assertEquals(new SearchOptions(Strategy.BFS, 0, 0, Set.of()), SearchOptions.defaults());
    }

    @Test
    void negativeLimitsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> SearchOptions.defaults().withMaxStates(-1));
        assertThrows(IllegalArgumentException.class, () -> SearchOptions.defaults().withMaxSeconds(-0.5));
        assertThrows(IllegalArgumentException.class, () -> SearchOptions.defaults().withMaxSeconds(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> SearchOptions.defaults().withMaxMemory(-1));
    }

    @Test
    void statsNameTheSearchAndTheDeduplication() {
        Stats bfs = Checks.check(new DieHard(), Strategy.BFS).stats();
        Stats dfs = Checks.check(new DieHard(), Strategy.DFS).stats();

        assertEquals("bfs", bfs.search());
        assertEquals("dfs", dfs.search());
        assertEquals("exact", bfs.dedup());
    }
}
