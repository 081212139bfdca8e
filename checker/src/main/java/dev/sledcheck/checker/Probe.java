package dev.sledcheck.checker;

import dev.sledcheck.model.core.Model;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

/**
 * A look at the first states of a model, before it is searched, for what the stores take on trust:
 * that states compare by value. An exact store tells states apart by {@code equals}, a fingerprint
 * store by {@link Model#fingerprint}; if the two disagree (a record with an array component: its
 * fingerprint encodes the contents, its {@code equals} compares identity) the exact store never
 * merges two visits of one state and the search does not end, or ends with counts that depend on
 * the store. Three checks on each of the first few thousand steps: the step computed twice gives
 * equal states with equal hash codes; states with one fingerprint are equal; equal states have one
 * fingerprint. Also each state's tokens ({@link Tokens}). Any failure is a {@link ModelError}
 * naming the type. Bounded in steps and in time, so even a model of slow steps pays little; a
 * well-made model never notices it, so results do not depend on how far it got.
 */
final class Probe<S, A> {

    static final int STEPS = 512;
    /** Steps looked at whatever the time: the first use of a type may cost a class load or more. */
    private static final int AT_LEAST = 64;
    private static final long NANOS = 50_000_000L;

    private final Model<S, A> model;
    private final Map<Long, S> byPrint = new HashMap<>();
    private final Map<S, Long> printOf = new HashMap<>();
    private boolean fingerprints = true;

    private Probe(Model<S, A> model) {
        this.model = model;
    }

    /** Looks at the first steps of {@code model}, breadth first. @throws ModelError if states do not compare by value */
    static <S, A> void look(Model<S, A> model) {
        new Probe<>(model).run();
    }

    private void run() {
        Queue<S> queue = new ArrayDeque<>();
        Set<S> seen = new HashSet<>();
        for (S s : model.initialStates()) {
            if (seen.add(s)) {
                queue.add(s);
                print(s);
            }
        }
        int steps = 0;
        List<A> enabled = new ArrayList<>();
        long until = System.nanoTime() + NANOS;
        while (!queue.isEmpty() && steps < STEPS && (steps < AT_LEAST || System.nanoTime() < until)) {
            S state = queue.poll();
            enabled.clear();
            model.actions(state, enabled);
            Tokens.of(model, state, enabled);
            for (int i = 0; i < enabled.size() && steps++ < STEPS; i++) {
                S next = model.next(state, enabled.get(i));
                twice(state, enabled.get(i), next);
                print(next);
                if (seen.add(next)) {
                    queue.add(next);
                }
            }
        }
    }

    private void twice(S state, A action, S next) {
        S again = model.next(state, action);
        if (!again.equals(next) || again.hashCode() != next.hashCode()) {
            throw new ModelError("states of type " + type(next) + " do not compare by value: one step ("
                    + Tokens.cut(model.token(state, action)) + ") taken twice gives two states that "
                    + (again.equals(next) ? "are equal but hash differently" : "are not equal") + hint(next));
        }
    }

    private void print(S state) {
        if (!fingerprints) {
            return;
        }
        long print;
        try {
            print = model.fingerprint(state);
        } catch (IllegalArgumentException e) {
            // No fingerprint for this type (an exact store may still do): nothing to compare with.
            fingerprints = false;
            return;
        }
        S other = byPrint.putIfAbsent(print, state);
        if (other != null && !other.equals(state)) {
            throw new ModelError("states of type " + type(state) + " have one fingerprint but are not equal: "
                    + Tokens.cut(state) + " and " + Tokens.cut(other) + hint(state));
        }
        Long known = printOf.putIfAbsent(state, print);
        if (known != null && known != print) {
            throw new ModelError("equal states of type " + type(state) + " have different fingerprints: "
                    + Tokens.cut(state) + "; the fingerprint must encode only what equals compares");
        }
    }

    private static String type(Object state) {
        return state == null ? "null" : state.getClass().getName();
    }

    /** Why, when the type shows it: a record component that is an array, at any depth of records. */
    private static String hint(Object state) {
        String array = arrayComponent(state == null ? null : state.getClass(), 0);
        return array == null ? "; states must be values (equals and hashCode by content, as records of values)"
                : "; its component " + array + " is an array, which a record's equals compares by identity:"
                        + " use a List, or override equals and hashCode (and fingerprint, if need be)";
    }

    private static String arrayComponent(Class<?> type, int depth) {
        if (type == null || !type.isRecord() || depth > 3) {
            return null;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getType().isArray()) {
                return type.getSimpleName() + "." + c.getName();
            }
            String inner = arrayComponent(c.getType(), depth + 1);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }
}
