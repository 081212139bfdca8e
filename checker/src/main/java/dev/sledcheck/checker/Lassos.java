package dev.sledcheck.checker;

import dev.sledcheck.model.core.Model;
import dev.sledcheck.model.core.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How a replayed run stands with the {@link Property.Liveness} properties: a finite run shows a
 * break only when it ends in a dead end with an obligation open; a run that ends in a state it
 * passed before is a lasso, the steps since then repeated for ever, and breaks a property when
 * that infinite run keeps its obligation open and is fair. A run that ends anywhere else proves
 * nothing: it could go on.
 *
 * <p>The cycle of a lasso (states {@code k} to {@code n}, where state {@code k} equals the last,
 * state {@code n}) keeps the obligation open when no state of it meets the target, and the
 * obligation is open at {@code k} or raised on the way round; it is fair when every fair actor
 * takes a step of it or cannot move in one of its states. Where the last state was passed more
 * than once, the latest such {@code k} that breaks the property is its cycle: the shortest.
 *
 * @param broken    the properties broken, in the order given
 * @param cycleFrom the number of the step the run's cycle starts with (the latest among the broken
 *                  properties), 0 when no lasso breaks any
 */
record Lassos(List<String> broken, int cycleFrom) {

    /**
     * Judges the run through {@code states} (the initial state, then one after each step), whose
     * step {@code j} (from 1) was taken by {@code actors.get(j - 1)}, and in whose state {@code j}
     * the actors {@code movers.get(j)} could move.
     */
    static <S, A> Lassos judge(Model<S, A> model, List<Property.Liveness<S, A>> properties, List<S> states,
            List<String> actors, List<Set<String>> movers) {
        int n = states.size() - 1;
        boolean deadEnd = movers.get(n).isEmpty();
        List<String> fair = Liveness.fairActors(model);
        List<String> broken = new ArrayList<>();
        int cycleFrom = 0;
        for (Property.Liveness<S, A> p : properties) {
            boolean[] open = new boolean[n + 1];
            boolean[] target = new boolean[n + 1];
            for (int j = 0; j <= n; j++) {
                S s = states.get(j);
                target[j] = p.target().test(s);
                open[j] = (j == 0 ? p.raises(s, true) : open[j - 1] || p.raises(s, false)) && !target[j];
            }
            if (deadEnd) {
                if (open[n]) {
                    broken.add(p.name());
                }
                continue;
            }
            for (int k = n - 1; k >= 0; k--) {
                if (states.get(k).equals(states.get(n)) && keptOpen(p, states, open, target, k)
                        && fair(fair, actors, movers, k)) {
                    broken.add(p.name());
                    cycleFrom = Math.max(cycleFrom, k + 1);
                    break;
                }
            }
        }
        return new Lassos(broken, cycleFrom);
    }

    private static <S, A> boolean keptOpen(Property.Liveness<S, A> p, List<S> states, boolean[] open,
            boolean[] target, int k) {
        int n = states.size() - 1;
        boolean raised = open[k];
        for (int j = k; j <= n; j++) {
            if (target[j]) {
                return false;
            }
            raised |= j > k && p.raises(states.get(j), false);
        }
        return raised;
    }

    private static boolean fair(List<String> fair, List<String> actors, List<Set<String>> movers, int k) {
        int n = movers.size() - 1;
        for (String f : fair) {
            boolean served = false;
            for (int j = k; j < n && !served; j++) {
                served = actors.get(j).equals(f) || !movers.get(j).contains(f);
            }
            if (!served) {
                return false;
            }
        }
        return true;
    }
}
