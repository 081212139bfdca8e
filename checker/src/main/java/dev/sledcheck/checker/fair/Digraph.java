package dev.sledcheck.checker.fair;

import java.util.Arrays;

/**
 * An explored state graph: nodes 0 to n - 1 (numbered in the order a breadth-first search found
 * them), and for each node its outgoing edges in the model's order of actions. Each edge names the
 * fair actor that takes it (its bit, or {@link #UNFAIR}) and the index of its action among the
 * node's; each node, the fair actors that have no step there ({@link #disabled}). A node that was
 * not expanded (cut off by a limit, or never needed) has no edges and is no dead end.
 */
public final class Digraph {

    /** The actor label of an edge taken by an actor that is not fair. */
    public static final int UNFAIR = -1;

    private final int[] first;
    private final int[] target;
    private final int[] actor;
    private final int[] action;
    private final long[] disabled;
    private final boolean[] expanded;

    private Digraph(int[] first, int[] target, int[] actor, int[] action, long[] disabled, boolean[] expanded) {
        this.first = first;
        this.target = target;
        this.actor = actor;
        this.action = action;
        this.disabled = disabled;
        this.expanded = expanded;
    }

    public int nodes() {
        return expanded.length;
    }

    public int edges() {
        return target.length;
    }

    /** The first of {@code node}'s edges; they run up to {@link #end}. */
    public int begin(int node) {
        return first[node];
    }

    public int end(int node) {
        return first[node + 1];
    }

    public int target(int edge) {
        return target[edge];
    }

    /** The fair actor's bit that takes {@code edge}, or {@link #UNFAIR}. */
    public int actor(int edge) {
        return actor[edge];
    }

    /** The index of {@code edge}'s action among the enabled actions of its node. */
    public int action(int edge) {
        return action[edge];
    }

    /** The fair actors (a bit each) with no step enabled at {@code node}. */
    public long disabled(int node) {
        return disabled[node];
    }

    public boolean expanded(int node) {
        return expanded[node];
    }

    /** A node whose every step was looked at and which has none: a run ends there. */
    public boolean deadEnd(int node) {
        return expanded[node] && first[node] == first[node + 1];
    }

    /** Collects nodes and edges in any order of nodes; {@link #build} sorts edges by node, keeping each node's order. */
    public static final class Builder {
        private int nodes;
        private int[] from = new int[16];
        private int[] to = new int[16];
        private int[] by = new int[16];
        private int[] index = new int[16];
        private int edges;
        private long[] disabled = new long[16];
        private boolean[] expanded = new boolean[16];

        /** A new node, not expanded yet; its number. */
        public int node() {
            if (nodes == disabled.length) {
                disabled = Arrays.copyOf(disabled, nodes * 2);
                expanded = Arrays.copyOf(expanded, nodes * 2);
            }
            return nodes++;
        }

        /** Marks {@code node} expanded: its edges are all added, and these fair actors cannot move there. */
        public void expanded(int node, long disabledActors) {
            expanded[node] = true;
            disabled[node] = disabledActors;
        }

        /** An edge, after the earlier edges of the same node. */
        public void edge(int node, int targetNode, int actorBit, int actionIndex) {
            if (edges == from.length) {
                from = Arrays.copyOf(from, edges * 2);
                to = Arrays.copyOf(to, edges * 2);
                by = Arrays.copyOf(by, edges * 2);
                index = Arrays.copyOf(index, edges * 2);
            }
            from[edges] = node;
            to[edges] = targetNode;
            by[edges] = actorBit;
            index[edges] = actionIndex;
            edges++;
        }

        public Digraph build() {
            int[] first = new int[nodes + 1];
            for (int e = 0; e < edges; e++) {
                first[from[e] + 1]++;
            }
            for (int v = 0; v < nodes; v++) {
                first[v + 1] += first[v];
            }
            int[] next = Arrays.copyOf(first, nodes);
            int[] t = new int[edges];
            int[] a = new int[edges];
            int[] i = new int[edges];
            for (int e = 0; e < edges; e++) {
                int at = next[from[e]]++;
                t[at] = to[e];
                a[at] = by[e];
                i[at] = index[e];
            }
            return new Digraph(first, t, a, i, Arrays.copyOf(disabled, nodes), Arrays.copyOf(expanded, nodes));
        }
    }
}
