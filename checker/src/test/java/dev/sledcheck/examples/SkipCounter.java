package dev.sledcheck.examples;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import java.util.List;

/**
 * A counter from 0 that runs while below {@code goal}, one step or (the flaw) two at a time, so it
 * can overshoot. It exercises the step and end-state properties.
 */
public final class SkipCounter implements Model<Integer, SkipCounter.Action> {

    public enum Action { Inc, Skip }

    private final int goal;

    public SkipCounter(int goal) {
        this.goal = goal;
    }

    @Override
    public List<Integer> initialStates() {
        return List.of(0);
    }

    @Override
    public void actions(Integer n, List<Action> into) {
        if (n < goal) {
            into.add(Action.Inc);
            into.add(Action.Skip);
        }
    }

    @Override
    public Integer next(Integer n, Action action) {
        return action == Action.Inc ? n + 1 : n + 2;
    }

    @Override
    public List<Property<Integer, Action>> properties() {
        return List.of(
                Property.onStep("OneAtATime", "every step adds exactly one", (n, a, m) -> m == n + 1),
                Property.atEnd("EndsAtGoal", "the counter stops exactly at the goal", n -> n == goal),
                Property.sometimes("PassesGoal", "the counter goes beyond the goal", n -> n > goal));
    }
}
