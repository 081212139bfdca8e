package dev.sledcheck.model.core;

/**
 * A named aspect of a state, for people: {@code nexus v1 = Stopping gen 6}. A model lists its
 * states' facets in a fixed order; logs, diagrams and the explorer show them.
 */
public record Facet(String name, String value) {}
