package dev.sledcheck.model.core;

import java.util.List;

/**
 * Partial-order reduction as a model offers it: in some states, a few of the enabled actions are
 * enough to explore, because every order the others could take with them is equivalent for every
 * property. The model chooses the subset (it knows which steps commute); the search adds the
 * cycle proviso, which depends on what it has already visited and so cannot be the model's.
 *
 * <p>Contract for a subset {@code T} returned for {@code state} (the theory is Godefroid's
 * persistent sets and Peled's ample sets; the condition names are theirs):
 *
 * <ul>
 *   <li><b>C0</b>: {@code T} is not empty.
 *   <li><b>C1</b> (persistence): on every path from {@code state} made only of steps outside
 *       {@code T}, each step is independent of every step in {@code T}: it neither enables nor
 *       disables it, and the two orders reach the same state. This covers steps that are not
 *       enabled yet, which is why only the model can promise it.
 *   <li><b>C2</b> (invisibility): no step in {@code T} can change what any property says: an
 *       {@link Property.Always} or {@link Property.Sometimes} predicate has the same value before
 *       and after it, an {@link Property.OnStep} judgement never fails on it, and it changes
 *       nothing any step judgement of another step reads.
 * </ul>
 *
 * <p>With C3 from the search (no cycle of reduced states), every state with no enabled step, every
 * property violation and every reachable {@code Sometimes} target of the full graph is found. The
 * states counted depend on the search order (the proviso asks what was visited before), so a
 * reduced breadth-first search and a reduced depth-first search count differently.
 */
public interface PartialOrder<S, A> {

    /**
     * The indices, ascending, into {@code enabled} of a subset satisfying C0-C2, or {@code null}
     * when this state offers none (every action is then explored).
     */
    int[] ample(S state, List<A> enabled);
}
