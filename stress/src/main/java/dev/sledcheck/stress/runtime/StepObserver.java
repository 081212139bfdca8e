package dev.sledcheck.stress.runtime;

/**
 * Told of every step, inside the step: it runs under the step's locks, so what it records is in
 * the order the steps took effect. It must be quick and must not deliver messages.
 */
@FunctionalInterface
public interface StepObserver<M, G> {

    void stepped(StepView<M, G> step);
}
