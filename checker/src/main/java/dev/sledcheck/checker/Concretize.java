package dev.sledcheck.checker;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.run.Run;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a run of the quotient (found on representatives) into a run of the full model with the
 * same length: from the first of the full model's initial states whose representative the
 * quotient's run starts from (the quotient's initial states are the distinct representatives, so
 * their indices differ), each step takes an enabled action whose successor has the representative
 * the quotient's run reached. Symmetric states have matching
 * successors, so one always exists; if none does, a reduction was unsound, and that is an error,
 * not a counterexample.
 */
final class Concretize {
    private Concretize() {}

    /**
     * How many times a lasso's cycle is followed at most before the full state must come back. The
     * full states that share the cycle's first representative are few (a renaming of identical
     * instances: at most their number factorial), and each pass ends in one of them.
     */
    static final int MAX_PASSES = 1000;

    static <S, A> Run run(Model<S, A> full, Reduced<S, A> reduced, Run quotientRun) {
        List<String> tokens = Run.tokens(quotientRun.schedule());
        Walker<S, A> w = new Walker<>(full, reduced, quotientRun.initial());
        List<List<String>> breaks = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            w.step(tokens.get(i));
            breaks.add(quotientRun.steps().get(i).breaks());
        }
        return Runs.of(full, new Trail<>(w.initial, w.path), breaks);
    }

    /**
     * The schedule of a lasso of the full model that follows a lasso of the quotient (from its
     * {@code initial}-th initial state, its {@code stem}, then its {@code cycle}): the stem, then
     * the cycle again and again until the full state at the end of a pass is one a pass started
     * from. That full state repeats what the run did since, so the run ends where its cycle began.
     *
     * @throws ModelError if the full state does not come back within {@link #MAX_PASSES}
     */
    static <S, A> String lasso(Model<S, A> full, Reduced<S, A> reduced, int initial, List<String> stem,
            List<String> cycle) {
        Walker<S, A> w = new Walker<>(full, reduced, initial);
        w.sameActor = true;
        stem.forEach(w::step);
        List<S> passStarts = new ArrayList<>(List.of(w.concrete));
        for (int pass = 1; pass <= MAX_PASSES; pass++) {
            cycle.forEach(w::step);
            if (passStarts.contains(w.concrete)) {
                List<String> tokens = new ArrayList<>();
                for (Move<S, A> m : w.path) {
                    tokens.add(full.token(m.before(), m.action()));
                }
                return schedule(w.initial, tokens, List.of());
            }
            passStarts.add(w.concrete);
        }
        throw new ModelError("unsound reduction: the cycle found on representatives does not come back to a state"
                + " of the full model within " + MAX_PASSES + " passes");
    }

    /** A schedule string: from the {@code initial}-th initial state, the tokens of {@code stem}, then of {@code cycle}. */
    static String schedule(int initial, List<String> stem, List<String> cycle) {
        List<String> tokens = new ArrayList<>();
        if (initial != 0) {
            tokens.add(Run.INIT + initial);
        }
        tokens.addAll(stem);
        tokens.addAll(cycle);
        return String.join(Run.SEPARATOR, tokens);
    }

    /** A walk of the full model alongside one of the quotient, a token at a time. */
    private static final class Walker<S, A> {
        private final Model<S, A> full;
        private final Reduced<S, A> reduced;
        final int initial;
        final List<Move<S, A>> path = new ArrayList<>();
        private final List<A> actions = new ArrayList<>();
        private S rep;
        S concrete;
        /**
         * Prefer, among the full model's matching steps, one taken by the same actor as the
         * quotient's: fairness is judged by who moves, so a lasso must keep its actors.
         */
        boolean sameActor;

        Walker(Model<S, A> full, Reduced<S, A> reduced, int quotientInitial) {
            this.full = full;
            this.reduced = reduced;
            this.rep = reduced.initialStates().get(quotientInitial);
            List<S> roots = full.initialStates();
            int i = 0;
            while (!reduced.representative(roots.get(i)).equals(rep)) {
                i++;
            }
            this.initial = i;
            this.concrete = roots.get(i);
        }

        void step(String token) {
            int number = path.size() + 1;
            actions.clear();
            reduced.actions(rep, actions);
            A quotientAction = null;
            for (A a : actions) {
                if (reduced.token(rep, a).equals(token)) {
                    quotientAction = a;
                }
            }
            if (quotientAction == null) {
                throw new ModelError("unsound reduction: the quotient run does not replay at step " + number);
            }
            S nextRep = reduced.next(rep, quotientAction);
            actions.clear();
            full.actions(concrete, actions);
            String actor = sameActor ? reduced.actor(rep, quotientAction) : null;
            A chosen = null;
            for (A a : actions) {
                boolean better = chosen == null || actor != null && !full.actor(concrete, chosen).equals(actor);
                if (better && reduced.representative(full.next(concrete, a)).equals(nextRep)) {
                    chosen = a;
                    if (actor == null || full.actor(concrete, a).equals(actor)) {
                        break;
                    }
                }
            }
            if (chosen == null) {
                throw new ModelError("unsound reduction: step " + number + " of the quotient run ("
                        + token + ") has no counterpart in the full model");
            }
            path.add(new Move<>(concrete, chosen));
            concrete = full.next(concrete, chosen);
            rep = nextRep;
        }
    }
}
