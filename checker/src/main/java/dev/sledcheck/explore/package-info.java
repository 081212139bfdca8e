/**
 * A walk through a {@link dev.sledcheck.model.core.Model}'s state space by hand, one line of input
 * at a time: {@link dev.sledcheck.explore.Explorer} shows the current state's facets and the
 * enabled steps, takes a step by its number, goes back, jumps along a schedule, and asks the
 * checker for the shortest run from here that breaks a property ({@link dev.sledcheck.model.core.StartAt}
 * makes "here" an initial state). Nothing here knows about omicron: the model's own facets, step
 * descriptions and tokens are what people read, so any model can be explored. Same input, same
 * bytes out: the screen depends only on the model, the path and the width.
 */
package dev.sledcheck.explore;
