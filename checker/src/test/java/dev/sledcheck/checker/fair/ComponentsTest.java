package dev.sledcheck.checker.fair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Tarjan's components on graphs drawn by hand, and on a chain too long for a recursive search. */
class ComponentsTest {

    private static Digraph graph(int nodes, int[][] edges) {
        Digraph.Builder b = new Digraph.Builder();
        for (int v = 0; v < nodes; v++) {
            b.node();
            b.expanded(v, 0);
        }
        for (int[] e : edges) {
            b.edge(e[0], e[1], Digraph.UNFAIR, 0);
        }
        return b.build();
    }

    private static boolean[] all(int n) {
        boolean[] in = new boolean[n];
        Arrays.fill(in, true);
        return in;
    }

    @Test
    void componentsAreTheStronglyConnectedSets() {
        // 0 <-> 1 -> 2 -> 3 -> 2, 4 alone, 5 with a self-loop
        Digraph g = graph(6, new int[][] {{0, 1}, {1, 0}, {1, 2}, {2, 3}, {3, 2}, {5, 5}});
        Components c = Components.of(g, all(6));
        assertEquals(4, c.count());
        assertEquals(c.of(0), c.of(1));
        assertEquals(c.of(2), c.of(3));
        assertNotEquals(c.of(1), c.of(2));
        assertTrue(c.cyclic(c.of(0)));
        assertTrue(c.cyclic(c.of(2)));
        assertFalse(c.cyclic(c.of(4)), "one node and no edge: no run stays there");
        assertTrue(c.cyclic(c.of(5)), "a self-loop is a cycle");
    }

    @Test
    void onlyTheNodesInTheSetCount() {
        Digraph g = graph(3, new int[][] {{0, 1}, {1, 2}, {2, 0}});
        boolean[] in = all(3);
        in[2] = false;
        Components c = Components.of(g, in);
        assertEquals(-1, c.of(2));
        assertNotEquals(c.of(0), c.of(1), "the cycle went through 2");
        assertFalse(c.cyclic(c.of(0)));
    }

    @Test
    void aLongChainNeedsNoDeepRecursion() {
        int n = 300_000;
        int[][] edges = new int[n][];
        for (int v = 0; v < n; v++) {
            edges[v] = new int[] {v, (v + 1) % n};
        }
        Components c = Components.of(graph(n, edges), all(n));
        assertEquals(1, c.count(), "one ring");
        assertTrue(c.cyclic(0));
    }
}
