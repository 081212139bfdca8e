package dev.sledcheck.explore;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.run.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where an exploration stands: the moves taken from the model's first initial state, and every
 * state along them, so that {@code back} is a pop and never a recomputation.
 */
final class Session<S, A> {

    private final Model<S, A> model;
    private final List<S> states = new ArrayList<>();
    private final List<A> moves = new ArrayList<>();

    Session(Model<S, A> model) {
        List<S> initial = model.initialStates();
        if (initial.isEmpty()) {
            throw new IllegalArgumentException("the model has no initial state");
        }
        this.model = model;
        states.add(initial.get(0));
    }

    S current() {
        return states.get(states.size() - 1);
    }

    /** The number of moves taken. */
    int depth() {
        return moves.size();
    }

    /** The state before the last move, or {@code null} at the start. */
    S previous() {
        return moves.isEmpty() ? null : states.get(states.size() - 2);
    }

    /** The last move, or {@code null} at the start. */
    A lastMove() {
        return moves.isEmpty() ? null : moves.get(moves.size() - 1);
    }

    List<A> enabled() {
        return StepNumbers.enabled(model, current());
    }

    /** The state before move {@code step} (numbered from 1). */
    S before(int step) {
        return states.get(step - 1);
    }

    /** Move {@code step} (numbered from 1). */
    A move(int step) {
        return moves.get(step - 1);
    }

    void take(A action) {
        S next = model.next(current(), action);
        moves.add(action);
        states.add(next);
    }

    /** Undoes the last move; false at the start. */
    boolean back() {
        if (moves.isEmpty()) {
            return false;
        }
        moves.remove(moves.size() - 1);
        states.remove(states.size() - 1);
        return true;
    }

    void reset() {
        while (back()) {
            // pop every move
        }
    }

    /** The schedule of the moves so far, as {@code replay} accepts it. */
    String schedule() {
        List<String> tokens = new ArrayList<>(moves.size());
        for (int i = 0; i < moves.size(); i++) {
            tokens.add(model.token(states.get(i), moves.get(i)));
        }
        return String.join(Run.SEPARATOR, tokens);
    }

    /**
     * Takes the steps named by {@code tokens} from here, all or none: on a token that names no
     * enabled step the session is left where it was and the reason is returned.
     */
    Optional<String> follow(List<String> tokens) {
        int start = depth();
        for (int i = 0; i < tokens.size(); i++) {
            A action = find(tokens.get(i));
            if (action == null) {
                List<String> choices = new ArrayList<>();
                for (A a : enabled()) {
                    choices.add(model.token(current(), a));
                }
                while (depth() > start) {
                    back();
                }
                return Optional.of("step " + (i + 1) + ": \"" + tokens.get(i) + "\" is not enabled there; enabled: "
                        + (choices.isEmpty() ? "none" : String.join(", ", choices)));
            }
            take(action);
        }
        return Optional.empty();
    }

    private A find(String token) {
        for (A a : enabled()) {
            if (model.token(current(), a).equals(token)) {
                return a;
            }
        }
        return null;
    }
}
