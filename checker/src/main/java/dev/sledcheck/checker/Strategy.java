package dev.sledcheck.checker;

import dev.sledcheck.model.run.Stats;

/** The order in which the reachable states are visited. */
public enum Strategy {
    /** Breadth-first: counterexamples are shortest runs. */
    BFS("bfs"),
    /** Depth-first: less memory per frontier, longer runs. */
    DFS("dfs"),
    /**
     * Swarm: many bounded random depth-first walks ({@link Walks}), for spaces too big to exhaust.
     * It finds violations but never proves a property: what it does not find stays INCOMPLETE.
     */
    SWARM(Stats.SWARM);

    private final String label;

    Strategy(String label) {
        this.label = label;
    }

    /** The name reported in {@code Stats.search}: "bfs", "dfs" or "swarm". */
    public String label() {
        return label;
    }
}
