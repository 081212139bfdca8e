package dev.sledcheck.model.core;

/**
 * A sound state abstraction a model offers: {@link #representative} maps a state to a canonical
 * member of its class, and two states of one class have the same futures up to that abstraction
 * (a renaming of identical instances, say), so exploring representatives decides every property
 * the model declares. Each reduction says in its comment why it is sound, and a test checks that no
 * verdict changes.
 */
public interface Reduction<S> {

    /** The name the command line uses ({@code symmetry}, {@code gen}, ...). */
    String name();

    /** The canonical member of {@code state}'s class. Pure and deterministic. */
    S representative(S state);
}
