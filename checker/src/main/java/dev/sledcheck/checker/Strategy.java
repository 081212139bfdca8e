package dev.sledcheck.checker;

import java.util.Locale;

/** The order in which the reachable states are visited. */
public enum Strategy {
    /** Breadth-first: counterexamples are shortest runs. */
    BFS,
    /** Depth-first: less memory per frontier, longer runs. */
    DFS;

    /** The name reported in {@code Stats.search}: "bfs" or "dfs". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
