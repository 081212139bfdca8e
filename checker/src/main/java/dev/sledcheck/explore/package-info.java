/**
 * A walk through a {@link dev.sledcheck.model.core.Model}'s state space by hand, one line of input
 * at a time: {@link dev.sledcheck.explore.Explorer} shows the current state's facets and the
 * enabled steps, takes steps by their numbers (several on a line, in turn), goes back, jumps along
 * a schedule, and asks the checker for the shortest run from here that breaks a property
 * ({@link dev.sledcheck.model.core.StartAt} makes "here" an initial state). Its commands live in
 * one table, from which dispatch, {@code help}, the hint after an unknown word and Tab completion
 * are all read. Nothing here knows about omicron: the model's own facets, step descriptions and
 * tokens are what people read, so any model can be explored. Lines come through {@link
 * dev.sledcheck.explore.Lines}: a pipe here, a terminal in the {@code terminal} package. Same
 * piped input, same bytes out: the screen depends only on the model, the path and the width.
 */
package dev.sledcheck.explore;
