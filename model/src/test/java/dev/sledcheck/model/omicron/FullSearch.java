package dev.sledcheck.model.omicron;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import dev.sledcheck.model.run.Status;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every property of a model decided by one plain breadth-first walk of its full state space: no
 * reduction, no partial order, no counterexample. The checker module's explorer does far more;
 * this is the smallest thing that gives the same verdicts, so that the model module can judge its
 * own actors (the matrix oracle, and PIT's killer) without the checker.
 *
 * <p>Each step property is judged right after {@link Model#next} on the same (state, action), as
 * the checker does, so that an actor system hands it the step's notes without running it again.
 */
final class FullSearch {
    private FullSearch() {}

    /** The verdicts by property name, and the size of the graph walked. */
    record Result(Map<String, Status> verdicts, int states, long transitions) {}

    /** Thrown when the state space outgrows {@code maxStates}: a SAFE could not be claimed. */
    static final class TooBig extends RuntimeException {
        TooBig(int bound) {
            super("more than " + bound + " states: the search is incomplete, no SAFE can be claimed");
        }
    }

    /** Thrown as soon as a property predicted to hold is broken: no need to walk on. */
    static final class Contradicted extends AssertionError {
        Contradicted(String property, Status predicted, int states) {
            super(property + ": predicted " + predicted + ", broken after " + states + " states");
        }
    }

    static <S, A> Result run(Model<S, A> model, int maxStates) {
        return run(model, maxStates, Map.of());
    }

    /**
     * As {@link #run(Model, int)}, but stops with {@link Contradicted} at the first break of a
     * property that {@code predicted} says is SAFE or UNREACHED (a mutant found out early).
     */
    static <S, A> Result run(Model<S, A> model, int maxStates, Map<String, Status> predicted) {
        return run(model, maxStates, predicted, List.of());
    }

    /** As {@link #run(Model, int, Map)}, deciding {@code extra} properties beside the model's own. */
    static <S, A> Result run(Model<S, A> model, int maxStates, Map<String, Status> predicted,
            List<Property<S, A>> extra) {
        List<Property<S, A>> properties = new ArrayList<>(model.properties());
        properties.addAll(extra);
        boolean[] hit = new boolean[properties.size()];
        Set<S> seen = new HashSet<>(model.initialStates());
        Deque<S> todo = new ArrayDeque<>(model.initialStates());
        List<A> actions = new ArrayList<>();
        long transitions = 0;
        boolean[] mustHold = new boolean[properties.size()];
        for (int i = 0; i < properties.size(); i++) {
            Status p = predicted.get(properties.get(i).name());
            mustHold[i] = p == Status.SAFE || p == Status.UNREACHED;
        }
        while (!todo.isEmpty()) {
            S s = todo.poll();
            judgeState(properties, s, hit);
            actions.clear();
            model.actions(s, actions);
            if (actions.isEmpty()) {
                judgeEnd(properties, s, hit);
            }
            for (A a : actions) {
                S n = model.next(s, a);
                transitions++;
                judgeStep(properties, s, a, n, hit);
                for (int i = 0; i < hit.length; i++) {
                    if (hit[i] && mustHold[i]) {
                        throw new Contradicted(properties.get(i).name(), predicted.get(properties.get(i).name()),
                                seen.size());
                    }
                }
                if (seen.add(n)) {
                    if (seen.size() > maxStates) {
                        throw new TooBig(maxStates);
                    }
                    todo.add(n);
                }
            }
        }
        Map<String, Status> verdicts = new LinkedHashMap<>();
        for (int i = 0; i < properties.size(); i++) {
            Property<S, A> p = properties.get(i);
            verdicts.put(p.name(), p.isExistential()
                    ? (hit[i] ? Status.REACHED : Status.UNREACHED)
                    : (hit[i] ? Status.VIOLATED : Status.SAFE));
        }
        return new Result(verdicts, seen.size(), transitions);
    }

    private static <S, A> void judgeState(List<Property<S, A>> ps, S s, boolean[] hit) {
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i) instanceof Property.Always<S, A> p && !p.holds().test(s)) {
                hit[i] = true;
            } else if (ps.get(i) instanceof Property.Sometimes<S, A> p && p.reached().test(s)) {
                hit[i] = true;
            }
        }
    }

    private static <S, A> void judgeEnd(List<Property<S, A>> ps, S s, boolean[] hit) {
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i) instanceof Property.AtEnd<S, A> p && !p.holds().test(s)) {
                hit[i] = true;
            }
        }
    }

    private static <S, A> void judgeStep(List<Property<S, A>> ps, S s, A a, S n, boolean[] hit) {
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i) instanceof Property.OnStep<S, A> p && !p.holds().test(s, a, n)) {
                hit[i] = true;
            }
        }
    }
}
