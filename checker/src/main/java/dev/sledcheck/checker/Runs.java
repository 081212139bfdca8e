package dev.sledcheck.checker;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Step;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Turns paths of moves into {@link Run}s, asking the model how to name each step. */
final class Runs {

    private Runs() {}

    /** A run whose steps break the properties listed at the same index of {@code breaks}. */
    static <S, A> Run of(Model<S, A> model, List<Move<S, A>> path, List<List<String>> breaks) {
        if (path.size() != breaks.size()) {
            throw new IllegalArgumentException(path.size() + " moves but " + breaks.size() + " break lists");
        }
        List<Step> steps = new ArrayList<>(path.size());
        for (int i = 0; i < path.size(); i++) {
            Move<S, A> move = path.get(i);
            S before = move.before();
            A action = move.action();
            steps.add(new Step(i + 1, model.actor(before, action), model.token(before, action),
                    model.describe(before, action), breaks.get(i)));
        }
        return new Run(steps);
    }

    /**
     * A run where only the last step breaks {@code broken} (empty for an example run). A property
     * broken in an initial state gets the empty run: there is no step to blame.
     */
    static <S, A> Run endingIn(Model<S, A> model, List<Move<S, A>> path, List<String> broken) {
        List<List<String>> breaks = new ArrayList<>(Collections.nCopies(path.size(), List.of()));
        if (!path.isEmpty()) {
            breaks.set(path.size() - 1, broken);
        }
        return of(model, path, breaks);
    }
}
