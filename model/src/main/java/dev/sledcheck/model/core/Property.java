package dev.sledcheck.model.core;

import java.util.function.Predicate;

/**
 * A named property of a {@link Model}, decided on its own.
 *
 * <ul>
 *   <li>{@link Always}: a state invariant; a counterexample is a run to a state where it fails.
 *   <li>{@link OnStep}: a transition invariant, judged on every (state, action, next state); a
 *       counterexample ends with the step that breaks it.
 *   <li>{@link AtEnd}: holds in every reachable state that has no enabled action.
 *   <li>{@link Sometimes}: some reachable state satisfies it; the witness is an example run. Useful
 *       to show that a safety verdict is not vacuous (the run it protects really happens).
 *   <li>{@link Eventually}: every maximal finite run (one that ends in a state with no enabled
 *       action) passes through a state that satisfies it; a counterexample is a run to such an end
 *       that never did. Runs that go round a cycle for ever are not judged (that needs fairness).
 * </ul>
 */
public sealed interface Property<S, A> {

    String name();

    /** One sentence saying what the property means. */
    String description();

    /** True for {@link Sometimes}: finding a state is good news, not a violation. */
    default boolean isExistential() {
        return this instanceof Sometimes;
    }

    /** A test over one step. */
    @FunctionalInterface
    interface StepPredicate<S, A> {
        boolean test(S before, A action, S after);
    }

    record Always<S, A>(String name, String description, Predicate<S> holds) implements Property<S, A> {}

    record OnStep<S, A>(String name, String description, StepPredicate<S, A> holds) implements Property<S, A> {}

    record AtEnd<S, A>(String name, String description, Predicate<S> holds) implements Property<S, A> {}

    record Sometimes<S, A>(String name, String description, Predicate<S> reached) implements Property<S, A> {}

    record Eventually<S, A>(String name, String description, Predicate<S> reached) implements Property<S, A> {}

    static <S, A> Property<S, A> always(String name, String description, Predicate<S> holds) {
        return new Always<>(name, description, holds);
    }

    static <S, A> Property<S, A> onStep(String name, String description, StepPredicate<S, A> holds) {
        return new OnStep<>(name, description, holds);
    }

    static <S, A> Property<S, A> atEnd(String name, String description, Predicate<S> holds) {
        return new AtEnd<>(name, description, holds);
    }

    static <S, A> Property<S, A> sometimes(String name, String description, Predicate<S> reached) {
        return new Sometimes<>(name, description, reached);
    }

    static <S, A> Property<S, A> eventually(String name, String description, Predicate<S> reached) {
        return new Eventually<>(name, description, reached);
    }

    /**
     * The deadlock check: every state with no enabled action is one the model calls {@code terminal}
     * (a finished protocol, say), reported as the property {@code deadlock} like any other.
     */
    static <S, A> Property<S, A> noDeadlock(Predicate<S> terminal) {
        return new AtEnd<>("deadlock", "every state with no enabled step is one the model calls terminal", terminal);
    }
}
