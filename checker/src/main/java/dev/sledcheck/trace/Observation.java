package dev.sledcheck.trace;

import java.util.Optional;

/**
 * What one log entry says about a run of the model: a step ({@link OnStep}) or a fact about the
 * state reached ({@link InState}). Tests return the bindings extended by the match, or empty.
 */
public sealed interface Observation<S, A> {

    /** The entry's name, e.g. {@code [10417]}. */
    String id();

    /** What it means in the model, in one phrase. */
    String meaning();

    /** Does the step from {@code before} by {@code action} to {@code after} show it? */
    @FunctionalInterface
    interface StepTest<S, A> {
        Optional<Bindings> test(S before, A action, S after, Bindings bindings);
    }

    /** Describes a step that is of the observation's kind but does not show it (a near miss). */
    @FunctionalInterface
    interface StepMiss<S, A> {
        Optional<String> test(S before, A action, S after);
    }

    @FunctionalInterface
    interface StateTest<S> {
        Optional<Bindings> test(S state, Bindings bindings);
    }

    @FunctionalInterface
    interface StateMiss<S> {
        Optional<String> test(S state);
    }

    record OnStep<S, A>(String id, String meaning, StepTest<S, A> test, StepMiss<S, A> nearMiss)
            implements Observation<S, A> {}

    record InState<S, A>(String id, String meaning, StateTest<S> test, StateMiss<S> nearMiss)
            implements Observation<S, A> {}
}
