package dev.sledcheck.checker;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Step;
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

    static <S, A> Run run(Model<S, A> full, Reduced<S, A> reduced, Run quotientRun) {
        List<String> tokens = Run.tokens(quotientRun.schedule());
        S rep = reduced.initialStates().get(quotientRun.initial());
        int initial = 0;
        List<S> roots = full.initialStates();
        while (!reduced.representative(roots.get(initial)).equals(rep)) {
            initial++;
        }
        S concrete = roots.get(initial);
        List<Move<S, A>> path = new ArrayList<>();
        List<List<String>> breaks = new ArrayList<>();
        List<A> actions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            actions.clear();
            reduced.actions(rep, actions);
            A quotientAction = null;
            for (A a : actions) {
                if (reduced.token(rep, a).equals(tokens.get(i))) {
                    quotientAction = a;
                }
            }
            if (quotientAction == null) {
                throw new ModelError("unsound reduction: the quotient run does not replay at step " + (i + 1));
            }
            S nextRep = reduced.next(rep, quotientAction);
            actions.clear();
            full.actions(concrete, actions);
            A chosen = null;
            for (A a : actions) {
                if (reduced.representative(full.next(concrete, a)).equals(nextRep)) {
                    chosen = a;
                    break;
                }
            }
            if (chosen == null) {
                throw new ModelError("unsound reduction: step " + (i + 1) + " of the quotient run ("
                        + tokens.get(i) + ") has no counterpart in the full model");
            }
            path.add(new Move<>(concrete, chosen));
            Step quotientStep = quotientRun.steps().get(i);
            breaks.add(quotientStep.breaks());
            concrete = full.next(concrete, chosen);
            rep = nextRep;
        }
        return Runs.of(full, new Trail<>(initial, path), breaks);
    }
}
