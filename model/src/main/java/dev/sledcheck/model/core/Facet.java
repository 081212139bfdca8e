package dev.sledcheck.model.core;

/**
 * A named aspect of a state, for people: {@code nexus v1 = Stopping gen 6}. A model lists its
 * states' facets in a fixed order; logs, diagrams and the explorer show them, and a step's reads
 * name them ({@link Model#reads}).
 */
public record Facet(String name, String value) {

    /** The name a step's reads hold when it may depend on every facet: the model does not say. */
    public static final String EVERY = "*";
}
