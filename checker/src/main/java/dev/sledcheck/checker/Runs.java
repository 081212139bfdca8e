package dev.sledcheck.checker;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.run.Message;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Step;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Turns paths of moves ({@link Trail}s) into {@link Run}s, asking the model how to name each step. */
final class Runs {

    private Runs() {}

    /** A run whose steps break the properties listed at the same index of {@code breaks}. */
    static <S, A> Run of(Model<S, A> model, Trail<S, A> trail, List<List<String>> breaks) {
        List<Move<S, A>> path = trail.moves();
        if (path.size() != breaks.size()) {
            throw new IllegalArgumentException(path.size() + " moves but " + breaks.size() + " break lists");
        }
        List<Step> steps = new ArrayList<>(path.size());
        List<List<A>> enabledAfter = new ArrayList<>(path.size());
        List<A> enabledAtStart = enabled(model, path.isEmpty() ? null : path.get(0).before());
        for (int i = 0; i < path.size(); i++) {
            Move<S, A> move = path.get(i);
            S before = move.before();
            A action = move.action();
            // The schedule names this step by its token: it must be the only one of its state.
            Tokens.of(model, before, i == 0 ? enabledAtStart : enabledAfter.get(i - 1));
            S after = i + 1 < path.size() ? path.get(i + 1).before() : model.next(before, action);
            List<A> now = enabled(model, after);
            enabledAfter.add(now);
            List<A> was = i == 0 ? enabledAtStart : enabledAfter.get(i - 1);
            steps.add(new Step(i + 1, model.actor(before, action), model.sender(before, action),
                    model.token(before, action), model.describe(before, action), breaks.get(i),
                    enabledBy(i, action, enabledAtStart, enabledAfter), model.facets(after),
                    sent(model, after, was, now), model.reads(before, action), model.marks(before, action, after)));
        }
        // A run of no steps still shows where it is: a property broken in the initial state.
        S start = path.isEmpty() ? model.initialStates().get(trail.initial()) : path.get(0).before();
        return new Run(trail.initial(), model.actorNames(), model.facets(start), steps, model.ledger());
    }

    /**
     * The messages a step sent: the actions it made possible (enabled after it, not before), the
     * same links {@link #enabledBy} follows back from their delivery.
     */
    private static <S, A> List<Message> sent(Model<S, A> model, S after, List<A> was, List<A> now) {
        List<Message> out = new ArrayList<>();
        for (A a : now) {
            if (!was.contains(a)) {
                out.add(new Message(model.actor(after, a), model.token(after, a)));
            }
        }
        return out;
    }

    /**
     * The step (numbered from 1) after which {@code action} became enabled for the last time before
     * step {@code index}, or 0 when it was enabled from the start and never stopped being so: for an
     * actor system, the step that sent the delivered message.
     */
    private static <A> int enabledBy(int index, A action, List<A> atStart, List<List<A>> enabledAfter) {
        for (int j = index - 1; j >= 0; j--) {
            List<A> previous = j == 0 ? atStart : enabledAfter.get(j - 1);
            if (enabledAfter.get(j).contains(action) && !previous.contains(action)) {
                return j + 1;
            }
        }
        return 0;
    }

    private static <S, A> List<A> enabled(Model<S, A> model, S state) {
        List<A> out = new ArrayList<>();
        if (state != null) {
            model.actions(state, out);
        }
        return out;
    }

    /**
     * A run where only the last step breaks {@code broken} (empty for an example run). A property
     * broken in an initial state gets the empty run: there is no step to blame.
     */
    static <S, A> Run endingIn(Model<S, A> model, Trail<S, A> trail, List<String> broken) {
        int n = trail.moves().size();
        List<List<String>> breaks = new ArrayList<>(Collections.nCopies(n, List.of()));
        if (n > 0) {
            breaks.set(n - 1, broken);
        }
        return of(model, trail, breaks);
    }
}
