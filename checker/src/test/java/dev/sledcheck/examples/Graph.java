package dev.sledcheck.examples;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import java.util.List;
import java.util.Map;

/**
 * A hand-drawn directed graph over numbered nodes: each action is the node it moves to, with token
 * {@code to<n>}. Tests draw the exact shape an edge case needs (back edges, duplicate initial
 * states, dead ends, clashing tokens) without inventing a protocol for it.
 */
public final class Graph implements Model<Integer, Integer> {

    private final List<Integer> initial;
    private final Map<Integer, List<Integer>> edges;
    private final List<Property<Integer, Integer>> properties;

    /** {@code edges} maps a node to its successors, in order; a missing node is a dead end. */
    public Graph(List<Integer> initial, Map<Integer, List<Integer>> edges, List<Property<Integer, Integer>> properties) {
        this.initial = List.copyOf(initial);
        this.edges = Map.copyOf(edges);
        this.properties = List.copyOf(properties);
    }

    @Override
    public List<Integer> initialStates() {
        return initial;
    }

    @Override
    public void actions(Integer node, List<Integer> into) {
        into.addAll(edges.getOrDefault(node, List.of()));
    }

    @Override
    public Integer next(Integer node, Integer target) {
        return target;
    }

    @Override
    public List<Property<Integer, Integer>> properties() {
        return properties;
    }

    @Override
    public String token(Integer node, Integer target) {
        return "to" + target;
    }
}
