package dev.sledcheck.checker;

/**
 * One exploration of a model's reachable states, feeding every property check to a {@link Ledger}
 * and honouring a {@link Budget}. An instance runs once; its fields are that run's working state.
 */
interface Search<S, A> {

    Exploration explore();
}
