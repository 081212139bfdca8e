package dev.sledcheck.checker.fair;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Where a run can keep an obligation open for ever. A run keeps it open from a state that raises
 * it as long as it meets no target state, so what matters is the subgraph of non-target states:
 * the obligation is broken when, open, a run reaches there either a dead end or a strongly
 * connected component that is <em>fair</em>. Under weak fairness per actor a component is fair
 * when each fair actor takes some edge inside it or cannot move in some state of it: a walk that
 * goes round the whole component for ever then gives each fair actor its step again and again, or
 * passes where it cannot move, so it is fair; if some fair actor can move in every state of the
 * component and takes no edge inside it, no run that stays there is fair (checking whole
 * components suffices for weak fairness; strong fairness would need their subcomponents).
 *
 * <p>The search runs breadth first on pairs (node, open), from the initial nodes, so the stem is a
 * shortest path to the first such dead end or component, ties broken by node and edge order; the
 * cycle then takes, for each fair actor in bit order that the walk has not yet served, the nearest
 * edge of it or state where it cannot move, and comes back by a shortest path.
 */
public final class Obligations {
    private Obligations() {}

    /**
     * The first run that keeps the obligation open for ever, if any.
     *
     * @param initial       the initial nodes, in the model's order
     * @param target        per node: it meets the obligation
     * @param raisesAtStart per node: a run that starts there is under the obligation
     * @param raises        per node: a run that enters it by an edge is under the obligation
     * @param fair          the bits of the fair actors
     */
    public static Optional<Lasso> broken(Digraph g, int[] initial, boolean[] target, boolean[] raisesAtStart,
            boolean[] raises, long fair) {
        int n = g.nodes();
        boolean[] open = new boolean[n];
        for (int v = 0; v < n; v++) {
            open[v] = !target[v];
        }
        Components c = Components.of(g, open);
        boolean[] fairComponent = fairComponents(g, c, fair);
        int[] parent = new int[2 * n];
        int[] via = new int[2 * n];
        boolean[] seen = new boolean[2 * n];
        int[] queue = new int[2 * n];
        int head = 0;
        int tail = 0;
        for (int v : initial) {
            int pair = 2 * v + (raisesAtStart[v] && !target[v] ? 1 : 0);
            if (!seen[pair]) {
                seen[pair] = true;
                parent[pair] = -1;
                queue[tail++] = pair;
            }
        }
        while (head < tail) {
            int pair = queue[head++];
            int v = pair >> 1;
            boolean owed = (pair & 1) == 1;
            if (owed && (g.deadEnd(v) || c.of(v) >= 0 && fairComponent[c.of(v)])) {
                List<Integer> stem = path(parent, via, pair);
                List<Integer> cycle = g.deadEnd(v) ? List.of() : cycle(g, c, v, fair);
                return Optional.of(new Lasso(root(parent, pair) >> 1, stem, cycle));
            }
            for (int e = g.begin(v); e < g.end(v); e++) {
                int w = g.target(e);
                int next = 2 * w + ((owed || raises[w]) && !target[w] ? 1 : 0);
                if (!seen[next]) {
                    seen[next] = true;
                    parent[next] = pair;
                    via[next] = e;
                    queue[tail++] = next;
                }
            }
        }
        return Optional.empty();
    }

    /** Per component: cyclic, and each fair actor takes an edge inside it or cannot move in one of its states. */
    static boolean[] fairComponents(Digraph g, Components c, long fair) {
        long[] served = new long[c.count()];
        for (int v = 0; v < g.nodes(); v++) {
            int k = c.of(v);
            if (k < 0) {
                continue;
            }
            served[k] |= g.disabled(v);
            for (int e = g.begin(v); e < g.end(v); e++) {
                if (c.inside(g, v, e)) {
                    served[k] |= bit(g.actor(e));
                }
            }
        }
        boolean[] out = new boolean[c.count()];
        for (int k = 0; k < out.length; k++) {
            out[k] = c.cyclic(k) && (served[k] & fair) == fair;
        }
        return out;
    }

    /** A closed walk from {@code at} inside its (fair) component that serves every fair actor. */
    private static List<Integer> cycle(Digraph g, Components c, int at, long fair) {
        List<Integer> walk = new ArrayList<>();
        long owed = fair & ~g.disabled(at);
        int here = at;
        for (int b = 0; b < Long.SIZE; b++) {
            long mask = 1L << b;
            if ((owed & mask) == 0) {
                continue;
            }
            for (int e : within(g, c, here, v -> (g.disabled(v) & mask) != 0, e -> (bit(g.actor(e)) & mask) != 0)) {
                owed &= ~bit(g.actor(e)) & ~g.disabled(g.target(e));
                walk.add(e);
                here = g.target(e);
            }
        }
        if (here != at || walk.isEmpty()) {
            int home = at;
            walk.addAll(within(g, c, here, v -> false, e -> g.target(e) == home));
        }
        return walk;
    }

    /**
     * A shortest path inside {@code from}'s component to the first node that satisfies {@code node}
     * (tested as it is reached, {@code from} too) or through the first edge that satisfies {@code edge}.
     */
    private static List<Integer> within(Digraph g, Components c, int from, IntPredicate node, IntPredicate edge) {
        int[] parentEdge = new int[g.nodes()];
        int[] parentNode = new int[g.nodes()];
        java.util.Arrays.fill(parentEdge, -2);
        int[] queue = new int[g.nodes()];
        int head = 0;
        int tail = 0;
        parentEdge[from] = -1;
        queue[tail++] = from;
        while (head < tail) {
            int v = queue[head++];
            if (node.test(v)) {
                return back(parentEdge, parentNode, v, -1);
            }
            for (int e = g.begin(v); e < g.end(v); e++) {
                if (!c.inside(g, v, e)) {
                    continue;
                }
                if (edge.test(e)) {
                    return back(parentEdge, parentNode, v, e);
                }
                int w = g.target(e);
                if (parentEdge[w] == -2) {
                    parentEdge[w] = e;
                    parentNode[w] = v;
                    queue[tail++] = w;
                }
            }
        }
        throw new IllegalStateException("no walk inside the component of node " + from + ": it is not fair");
    }

    /** The edges from the walk's start to {@code v}, then {@code last} if it is an edge. */
    private static List<Integer> back(int[] parentEdge, int[] parentNode, int v, int last) {
        List<Integer> edges = new ArrayList<>();
        if (last >= 0) {
            edges.add(last);
        }
        for (int at = v; parentEdge[at] >= 0; at = parentNode[at]) {
            edges.add(parentEdge[at]);
        }
        Collections.reverse(edges);
        return edges;
    }

    private static List<Integer> path(int[] parent, int[] via, int pair) {
        List<Integer> edges = new ArrayList<>();
        for (int at = pair; parent[at] >= 0; at = parent[at]) {
            edges.add(via[at]);
        }
        Collections.reverse(edges);
        return edges;
    }

    private static int root(int[] parent, int pair) {
        int at = pair;
        while (parent[at] >= 0) {
            at = parent[at];
        }
        return at;
    }

    private static long bit(int actor) {
        return actor == Digraph.UNFAIR ? 0 : 1L << actor;
    }
}
