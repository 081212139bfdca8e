/**
 * Fair cycles on a graph of numbered states: the part of liveness checking that knows nothing of
 * models. A {@link dev.sledcheck.checker.fair.Digraph} is the explored state graph, each edge
 * labelled with the fair actor that takes it and each state with the fair actors that cannot move
 * there; {@link dev.sledcheck.checker.fair.Components} splits it into strongly connected components
 * (Tarjan's algorithm, iterative); {@link dev.sledcheck.checker.fair.Obligations} finds the first
 * run, breadth first, that keeps an obligation open for ever and returns it as a
 * {@link dev.sledcheck.checker.fair.Lasso}.
 *
 * <p>Invariant: every answer depends only on node and edge order (nodes are numbered as a
 * breadth-first search found them, edges as the model listed the actions), never on hashing.
 */
package dev.sledcheck.checker.fair;
