/**
 * The queue of a breadth-first search: the states of a level waiting to be expanded, held as the
 * model's objects or packed into bytes ({@link dev.sledcheck.model.pack.Packing}), with blocks of
 * packed states written to a temporary file once they outgrow a memory budget, as TLC's disk queue
 * does. How states are queued never changes what a search finds: only what it costs.
 */
package dev.sledcheck.checker.frontier;
