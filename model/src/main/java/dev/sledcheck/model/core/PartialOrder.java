package dev.sledcheck.model.core;

import java.util.List;

/**
 * Partial-order reduction as a model offers it: in some states, a few of the enabled actions are
 * enough to explore, because every order the others could take with them is equivalent for every
 * property. The model proposes such subsets (it knows which steps commute); the search takes the
 * first that passes the cycle proviso, which depends on what it has already visited and so cannot
 * be the model's.
 *
 * <p>Contract for each subset {@code T} proposed for {@code state} (the theory is Godefroid's
 * persistent sets and Valmari's stubborn sets; the condition names are Peled's):
 *
 * <ul>
 *   <li><b>C0</b>: {@code T} is not empty and leaves some enabled action out.
 *   <li><b>C1</b> (persistence): on every path from {@code state} made only of actions outside
 *       {@code T}, each action is independent of every action in {@code T}: it neither enables nor
 *       disables it, and the two orders reach the same state, or two states that no action and no
 *       property tells apart (the model names the difference). This covers actions that are not
 *       enabled yet, which is why only the model can promise it.
 *   <li><b>C2</b> (visibility), for every property, on every such path {@code w} from a state that
 *       is not itself a witness: if {@code w} ends in a state that breaks an {@link Property.Always}
 *       (reaches a {@link Property.Sometimes}), every action of {@code T} taken there leads to a
 *       state that still breaks it (still reaches it); an action of {@code T} that an
 *       {@link Property.OnStep} passes at {@code state} it also passes at the end of {@code w}; and
 *       no action of {@code T} changes the judgement of an action of {@code w} taken after it. Actions of
 *       {@code T} may themselves break a property: the search takes them. {@link Property.AtEnd}
 *       needs nothing. {@link Property.Eventually} is never searched under a partial order: the
 *       checker decides it on a model cut at its states, whose visibility nobody argued.
 * </ul>
 *
 * <p>With C3 from the search (no cycle of states each expanded through a proper subset), every
 * state with no enabled action, every property violation and every reachable {@code Sometimes}
 * target of the full graph has a counterpart in the reduced one. Why: suppose a witness is
 * reachable but the reduced search reaches none; take a state {@code s} it reaches at the least
 * distance {@code d} from a witness, and a shortest path {@code w} there. Had {@code s} been
 * expanded fully, the first step of {@code w} would lead nearer. So a subset {@code T} was taken:
 * if {@code w} contains an action of {@code T}, C1 moves the first one to the front and its
 * successor is nearer; if not, C1 and C2 carry {@code w} over to the successor of any action of
 * {@code T}, which is at distance {@code d} again and again expanded through a subset. The reduced
 * search would walk for ever through such states: a cycle in a finite graph, which C3 forbids. A
 * state with no enabled action is reached the same way (C1 keeps {@code T} enabled along {@code w},
 * so {@code w} contains one of its actions). The states counted depend on the search order (the
 * proviso asks what was visited before), so a reduced breadth-first search and a reduced
 * depth-first search count differently.
 */
public interface PartialOrder<S, A> {

    /**
     * Subsets of {@code enabled} satisfying C0-C2, best first, each as ascending indices into
     * {@code enabled}; empty when this state offers none (every action is then explored). The
     * search takes the first that passes its proviso.
     */
    List<int[]> ample(S state, List<A> enabled);
}
