package dev.sledcheck.checker.fair;

import java.util.Arrays;

/**
 * The strongly connected components of the subgraph a set of nodes spans (the edges between two of
 * them), by Tarjan's algorithm with an explicit stack, so a graph of millions of states in one long
 * chain needs no deep recursion. A component is <em>cyclic</em> when an edge joins two of its nodes
 * (one node with a self-loop included): only those hold a run that stays for ever.
 */
public final class Components {
    private final int[] component;
    private final boolean[] cyclic;

    private Components(int[] component, boolean[] cyclic) {
        this.component = component;
        this.cyclic = cyclic;
    }

    /** The component of {@code node}, or -1 for a node outside the set. */
    public int of(int node) {
        return component[node];
    }

    public int count() {
        return cyclic.length;
    }

    public boolean cyclic(int c) {
        return cyclic[c];
    }

    /** Whether {@code edge}, from {@code node}, stays inside one component. */
    public boolean inside(Digraph g, int node, int edge) {
        return component[node] >= 0 && component[node] == component[g.target(edge)];
    }

    /** The components of the subgraph of {@code g} spanned by the nodes where {@code in} is true. */
    public static Components of(Digraph g, boolean[] in) {
        int n = g.nodes();
        int[] index = new int[n];
        int[] low = new int[n];
        int[] component = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        Arrays.fill(component, -1);
        int[] stack = new int[n];
        int[] calls = new int[n];
        int[] cursor = new int[n];
        int top = 0;
        int depth = 0;
        int counter = 0;
        int components = 0;
        for (int root = 0; root < n; root++) {
            if (!in[root] || index[root] >= 0) {
                continue;
            }
            index[root] = low[root] = counter++;
            stack[top++] = root;
            onStack[root] = true;
            calls[depth] = root;
            cursor[depth++] = g.begin(root);
            while (depth > 0) {
                int v = calls[depth - 1];
                int e = cursor[depth - 1];
                if (e < g.end(v)) {
                    cursor[depth - 1]++;
                    int w = g.target(e);
                    if (!in[w]) {
                        continue;
                    }
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[top++] = w;
                        onStack[w] = true;
                        calls[depth] = w;
                        cursor[depth++] = g.begin(w);
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                if (low[v] == index[v]) {
                    int w;
                    do {
                        w = stack[--top];
                        onStack[w] = false;
                        component[w] = components;
                    } while (w != v);
                    components++;
                }
                depth--;
                if (depth > 0) {
                    int u = calls[depth - 1];
                    low[u] = Math.min(low[u], low[v]);
                }
            }
        }
        boolean[] cyclic = new boolean[components];
        for (int v = 0; v < n; v++) {
            for (int e = g.begin(v); component[v] >= 0 && e < g.end(v); e++) {
                if (component[g.target(e)] == component[v]) {
                    cyclic[component[v]] = true;
                }
            }
        }
        return new Components(component, cyclic);
    }
}
