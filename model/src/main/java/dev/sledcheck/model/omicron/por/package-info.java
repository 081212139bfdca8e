/**
 * Partial-order reduction for the omicron model ({@code --reduction por}): in a state, the subsets
 * of the enabled steps that are enough to explore, because the instances, and within an instance
 * the agent's bookkeeping, do not depend on each other there. {@link
 * dev.sledcheck.model.omicron.por.IndependentSteps} argues why it is sound; the search adds the
 * cycle proviso.
 */
package dev.sledcheck.model.omicron.por;
