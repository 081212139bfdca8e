package dev.sledcheck.model.core;

import dev.sledcheck.model.fingerprint.Fingerprints;
import dev.sledcheck.model.pack.Packing;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * An explorable transition system.
 *
 * <p>Contract: states are immutable and compare by value; {@link #actions} appends the enabled
 * actions in an order that depends only on the state (never on hash or allocation order), so that
 * every exploration is repeatable; {@link #next} is a pure function.
 *
 * @param <S> the state type (a value)
 * @param <A> the action type (a value)
 */
public interface Model<S, A> {

    /** The states exploration starts from, in a fixed order. */
    List<S> initialStates();

    /** Appends to {@code into} every action enabled in {@code state}, in a fixed order. */
    void actions(S state, List<A> into);

    /** The state that {@code action} (one of {@code actions(state)}) leads to. */
    S next(S state, A action);

    /** The properties to decide, each on its own. */
    List<Property<S, A>> properties();

    /** The sound state abstractions this model offers, by name (none by default). */
    default List<Reduction<S>> reductions() {
        return List.of();
    }

    /**
     * The partial-order reduction this model offers, or {@code null} (the default) for none. It is
     * offered under the name {@code por}, beside {@link #reductions()}.
     */
    default PartialOrder<S, A> partialOrder() {
        return null;
    }

    /**
     * A short token for {@code action} without whitespace or {@code ';'}, unique among the actions
     * enabled in {@code state}; schedules are sequences of tokens. The default is fine for models
     * whose actions print compactly.
     */
    default String token(S state, A action) {
        return action.toString().replaceAll("[\\s;]+", "");
    }

    /** Who takes the step (an actor's name), for logs; empty when the model has no actors. */
    default String actor(S state, A action) {
        return "";
    }

    /** Who caused the step (the sender of a delivered message), for diagrams; empty if unknown. */
    default String sender(S state, A action) {
        return "";
    }

    /**
     * The state's aspects as people read them, in a fixed order: what logs, diagrams and the
     * explorer show of a state. The default is the whole state as one facet, {@code state}, its
     * {@code toString}; a model with a large state names its parts, so that a reader sees what a
     * step changed.
     */
    default List<Facet> facets(S state) {
        return List.of(new Facet("state", String.valueOf(state)));
    }

    /**
     * The names of the {@link #facets} whose values {@code action} depends on in {@code state}:
     * had a step before it left them alone, it would do the same. A diagram's slice follows these
     * links back (with the message links); naming too many only keeps more steps in a slice,
     * naming too few drops a step the violation needs. By default {@link Facet#EVERY}: all of them.
     */
    default List<String> reads(S state, A action) {
        return List.of(Facet.EVERY);
    }

    /**
     * What the step from {@code before} by {@code action} to {@code after} means for a person
     * reading a run, each a short phrase in the model's words (it opens a race window, it takes a
     * snapshot a later step relies on); none by default. Reports mark such steps.
     */
    default List<String> marks(S before, A action, S after) {
        return List.of();
    }

    /** The facets a diagram notes where steps change them, under which heading; by default every facet. */
    default Ledger ledger() {
        return Ledger.EVERY_FACET;
    }

    /** The actors' names in a fixed order, the order diagrams draw them in; none by default. */
    default List<String> actorNames() {
        return List.of();
    }

    /**
     * A 64-bit fingerprint of {@code state} that is the same in every JVM run: equal states must
     * get equal fingerprints. A search that stores fingerprints instead of states relies on
     * distinct states rarely sharing one. The default encodes the state canonically
     * ({@link Fingerprints}); a model may override it with something faster.
     */
    default long fingerprint(S state) {
        return Fingerprints.of(state);
    }

    /**
     * How a search may pack this model's states into bytes while they wait in its queue (see
     * {@link Packing}), or {@code null} to keep them as objects. The default packs states made of
     * records, enums, boxed primitives, strings and collections; the search checks on the initial
     * states that they come back equal, and keeps objects when they do not.
     */
    default Packing packing() {
        return Packing.reflective();
    }

    /**
     * Which states without an enabled action are proper ends (a finished protocol) rather than
     * deadlocks, or {@code null} for a model that judges its ends with its own properties and wants
     * no deadlock check. By default none is: every end is a deadlock, as TLC assumes unless told
     * otherwise. sledcheck's commands judge it as the property {@link Property#NO_DEADLOCK}
     * ({@link Property#noDeadlock}) for every model that has it.
     */
    default Predicate<S> terminal() {
        return s -> false;
    }

    /**
     * The actors (as {@link #actor} names them) that are weakly fair: from any point on, an actor
     * that can take a step in every state eventually takes one. Only {@link Property.Liveness}
     * properties read it: a cycle that keeps their obligation open breaks them only if it is fair
     * to every actor named here. None by default, so every such cycle counts.
     *
     * <p>Fairness belongs to the model, not to a property: it is an assumption about the scheduler
     * (the processes keep running, a handler with a request waiting eventually runs), as TLA+
     * writes it into the spec ({@code WF_vars(Next_i)}) and every liveness property of the model
     * holds under the same one. The command line can replace it ({@code --fair}) to compare.
     */
    default Set<String> fairActors() {
        return Set.of();
    }

    /**
     * The bounds the model itself puts on its runs (a budget of lost messages, say), which every
     * SAFE verdict holds within and so is printed with; empty (the default) for none.
     */
    default String bounds() {
        return "";
    }

    /** One human-readable line saying what {@code action} does from {@code state}. */
    default String describe(S state, A action) {
        return token(state, action);
    }
}
