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

    /**
     * An obligation that every run must meet, the infinite runs included: once a state <em>raises</em>
     * it, the run must pass a {@link #target()} state (that state itself counts). It is broken by a
     * maximal finite run that ends with the obligation open, or by an infinite run that keeps it open
     * for ever and is fair: under weak fairness of the {@link Model#fairActors() fair actors}, each of
     * them that can move in every state from some point on moves again and again. With no fair actor,
     * every cycle that keeps it open breaks it: a scheduler may starve whom it likes.
     */
    sealed interface Liveness<S, A> extends Property<S, A> permits Inevitably, LeadsTo {
        /** The states that meet the obligation. */
        Predicate<S> target();

        /** Whether {@code state} raises the obligation: {@code start}, when a run starts there. */
        boolean raises(S state, boolean start);
    }

    /** "Eventually P" over every run: each run, from its start, passes a state that satisfies {@code target}. */
    record Inevitably<S, A>(String name, String description, Predicate<S> target) implements Liveness<S, A> {
        @Override
        public boolean raises(S state, boolean start) {
            return start;
        }
    }

    /**
     * "P leads to Q" (TLA+'s {@code P ~> Q}): every state that satisfies {@code trigger} is followed,
     * on every run, by one that satisfies {@code target} (at that state or later).
     */
    record LeadsTo<S, A>(String name, String description, Predicate<S> trigger, Predicate<S> target)
            implements Liveness<S, A> {
        @Override
        public boolean raises(S state, boolean start) {
            return trigger.test(state);
        }
    }

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

    /** Every run, finite or infinite and fair, passes a state that satisfies {@code target}. */
    static <S, A> Property<S, A> inevitably(String name, String description, Predicate<S> target) {
        return new Inevitably<>(name, description, target);
    }

    /** On every run, finite or infinite and fair, each state that satisfies {@code trigger} is followed by one that satisfies {@code target}. */
    static <S, A> Property<S, A> leadsTo(String name, String description, Predicate<S> trigger, Predicate<S> target) {
        return new LeadsTo<>(name, description, trigger, target);
    }

    /**
     * The deadlock check: every state with no enabled action is one the model calls {@code terminal}
     * (a finished protocol, say), reported as the property {@link #NO_DEADLOCK} like any other.
     */
    static <S, A> Property<S, A> noDeadlock(Predicate<S> terminal) {
        return new AtEnd<>(NO_DEADLOCK, "every state with no enabled step is a proper end, not a deadlock", terminal);
    }

    /** The name of the {@link #noDeadlock deadlock check}. */
    String NO_DEADLOCK = "NoDeadlock";
}
