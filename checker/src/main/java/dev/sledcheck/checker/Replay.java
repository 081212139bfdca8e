package dev.sledcheck.checker;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.run.Run;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Re-runs a schedule (a {@link Run#schedule()} string) from the initial state it names (a leading
 * {@code init=N}; else the model's first), judging every property along the way, so a
 * counterexample can be confirmed or explored by hand. Unlike a search, replay reports every
 * break, not just the first per property.
 */
public final class Replay {

    private Replay() {}

    /**
     * @throws ScheduleException if a token names no enabled action, or {@code init=N} no initial state
     * @throws ModelError if two enabled actions share a token
     */
    public static <S, A> ReplayResult<S> replay(Model<S, A> model, String schedule) {
        List<S> initial = model.initialStates();
        if (initial.isEmpty()) {
            throw new IllegalArgumentException("the model has no initial state");
        }
        int from = start(schedule, initial.size());
        List<Property<S, A>> properties = model.properties();
        S state = initial.get(from);
        Set<String> broken = new LinkedHashSet<>();
        Set<String> reached = new LinkedHashSet<>(); // eventually properties the run has passed
        for (Property<S, A> p : properties) {
            if (p instanceof Property.Always<S, A> always && !always.holds().test(state)) {
                broken.add(p.name());
            }
            if (p instanceof Property.Eventually<S, A> e && e.reached().test(state)) {
                reached.add(p.name());
            }
        }
        List<Move<S, A>> path = new ArrayList<>();
        List<List<String>> breaks = new ArrayList<>();
        List<A> enabled = new ArrayList<>();
        for (String token : Run.tokens(schedule)) {
            enabled.clear();
            model.actions(state, enabled);
            A action = choose(model, state, enabled, token, path.size() + 1);
            S next = model.next(state, action);
            List<String> stepBreaks = new ArrayList<>();
            for (Property<S, A> p : properties) {
                boolean fails = p instanceof Property.Always<S, A> always && !always.holds().test(next)
                        || p instanceof Property.OnStep<S, A> onStep && !onStep.holds().test(state, action, next);
                if (fails) {
                    stepBreaks.add(p.name());
                }
            }
            for (Property<S, A> p : properties) {
                if (p instanceof Property.Eventually<S, A> e && e.reached().test(next)) {
                    reached.add(p.name());
                }
            }
            path.add(new Move<>(state, action));
            breaks.add(stepBreaks);
            state = next;
        }
        enabled.clear();
        model.actions(state, enabled);
        breaks.forEach(broken::addAll);
        if (enabled.isEmpty()) {
            for (Property<S, A> p : properties) {
                boolean never = p instanceof Property.Eventually && !reached.contains(p.name());
                if (p instanceof Property.AtEnd<S, A> atEnd && !atEnd.holds().test(state) || never) {
                    // Blame the step that entered the dead end; with no step, only the summary can say it.
                    if (!breaks.isEmpty()) {
                        breaks.get(breaks.size() - 1).add(p.name());
                    }
                    broken.add(p.name());
                }
            }
        }
        return new ReplayResult<>(Runs.of(model, new Trail<>(from, path), breaks), List.copyOf(broken), state);
    }

    /** The initial state's index the schedule names, checked against the model's {@code count}. */
    private static int start(String schedule, int count) {
        int from;
        try {
            from = Run.initial(schedule);
        } catch (IllegalArgumentException e) {
            throw new ScheduleException(0, e.getMessage());
        }
        if (from >= count) {
            throw new ScheduleException(0, Run.INIT + from + ": the model has " + count + " initial state"
                    + (count == 1 ? " (init=0)" : "s (init=0 to init=" + (count - 1) + ")"));
        }
        return from;
    }

    /** The one enabled action whose token is {@code token}. */
    private static <S, A> A choose(Model<S, A> model, S state, List<A> enabled, String token, int step) {
        List<String> tokens = Tokens.of(model, state, enabled);
        A chosen = tokens.contains(token) ? enabled.get(tokens.indexOf(token)) : null;
        if (chosen == null) {
            String choices = tokens.isEmpty() ? "none (no action is enabled)" : String.join(", ", tokens);
            throw new ScheduleException(step,
                    "step " + step + ": \"" + token + "\" is not enabled here; enabled: " + choices);
        }
        return chosen;
    }
}
