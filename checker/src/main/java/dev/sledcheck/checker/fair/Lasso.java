package dev.sledcheck.checker.fair;

import java.util.List;

/**
 * A run through a {@link Digraph} that breaks an obligation: from the initial node {@code start},
 * the edges of the {@code stem}, then the edges of a {@code cycle} that ends where it began and is
 * repeated for ever. An empty cycle: the stem ends in a dead end, a finite run.
 */
public record Lasso(int start, List<Integer> stem, List<Integer> cycle) {
    public Lasso {
        stem = List.copyOf(stem);
        cycle = List.copyOf(cycle);
    }

    /** Whether the run goes on for ever (else it ends in a dead end). */
    public boolean infinite() {
        return !cycle.isEmpty();
    }
}
