package dev.sledcheck.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sledcheck.examples.ArrayCells;
import dev.sledcheck.examples.Graph;
import dev.sledcheck.model.core.ForwardingModel;
import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A model that breaks the contract is refused with one line naming what is wrong, never given a verdict. */
class ModelErrorTest {

    @ParameterizedTest
    @EnumSource(StoreMode.class)
    void aRecordWithAnArrayIsRefusedBeforeTheSearch(StoreMode store) {
        ModelError e = assertThrows(ModelError.class,
                () -> Checks.check(new ArrayCells(), SearchOptions.defaults().withStore(store).withMaxStates(1000)));
        assertEquals("states of type dev.sledcheck.examples.ArrayCells$Cells do not compare by value: one step (tick)"
                + " taken twice gives two states that are not equal; its component Cells.cells is an array, which a"
                + " record's equals compares by identity: use a List, or override equals and hashCode (and"
                + " fingerprint, if need be)", e.getMessage());
    }

    @Test
    void equalStatesWithDifferentFingerprintsAreRefused() {
        Graph g = new Graph(List.of(0), Map.of(0, List.of(1), 1, List.of(0)), List.of());
        Model<Integer, Integer> salted = new ForwardingModel<>(g) {
            private int calls;

            @Override
            public long fingerprint(Integer state) {
                return state + 100L * calls++;
            }
        };
        assertTrue(Checks.check(g, SearchOptions.defaults()).stats().complete());
        ModelError e = assertThrows(ModelError.class, () -> Checks.check(salted, SearchOptions.defaults()));
        assertTrue(e.getMessage().startsWith("equal states of type java.lang.Integer have different fingerprints: 0"),
                e.getMessage());
    }

    @Test
    void twoActionsWithOneTokenAreAModelErrorNotACounterexample() {
        Graph doubled = new Graph(List.of(0), Map.of(0, List.of(1, 1)),
                List.of(Property.always("NotOne", "never at 1", n -> n != 1)));
        ModelError e = assertThrows(ModelError.class, () -> Checks.check(doubled, Strategy.BFS));
        assertEquals("two enabled actions print the token \"to1\": 1 (action 1 of 2) and 1 (action 2), in state 0;"
                + " a schedule could not tell them apart", e.getMessage());
    }

    @ParameterizedTest
    // Not swarm: it proves nothing and its runs are not the searches' own (SwarmTest covers it).
    @EnumSource(value = Strategy.class, names = "SWARM", mode = EnumSource.Mode.EXCLUDE)
    void aClashBeyondWhatTheProbeSeesIsFoundWhereTheRunIsNamed(Strategy strategy) {
        // A chain longer than the probe looks, then the clash, then the break.
        int n = Probe.STEPS + 100;
        Map<Integer, List<Integer>> edges = new HashMap<>();
        for (int i = 0; i < n; i++) {
            edges.put(i, List.of(i + 1));
        }
        edges.put(n, List.of(n + 1, n + 1));
        Graph deep = new Graph(List.of(0), edges, List.of(Property.always("Short", "never past n", k -> k <= n)));
        ModelError e = assertThrows(ModelError.class, () -> Checks.check(deep, strategy));
        assertTrue(e.getMessage().startsWith("two enabled actions print the token \"to" + (n + 1) + "\""), e.getMessage());
    }

    @Test
    void aTokenAScheduleCannotHoldIsRefused() {
        Model<Integer, Integer> spaced = new ForwardingModel<>(new Graph(List.of(0), Map.of(0, List.of(1)), List.of())) {
            @Override
            public String token(Integer node, Integer target) {
                return "to " + target;
            }
        };
        ModelError e = assertThrows(ModelError.class, () -> Checks.check(spaced, Strategy.BFS));
        assertTrue(e.getMessage().startsWith("the action 1 prints the token \"to 1\", which a schedule cannot hold"),
                e.getMessage());
    }
}
