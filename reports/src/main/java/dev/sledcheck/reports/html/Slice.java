package dev.sledcheck.reports.html;

import dev.sledcheck.model.core.Facet;
import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Step;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The steps that led to a chosen step: its backward slice along two kinds of link. The message:
 * a step depends on the step that sent what it delivers ({@code enabledBy}). The value: for each
 * facet a step read ({@code reads}), it depends on the last earlier step that changed that facet.
 * So an actor's earlier step is kept only when it changed something a kept step read, not merely
 * because the same actor took it. What is left out could be dropped from the schedule without
 * changing what the chosen step sees (the checker's tests replay every counterexample's slice).
 *
 * <p>A run without facets (a model that shows none) cannot say what changed; there each step
 * depends on its actor's previous step, as if it read all of that actor's state.
 */
public final class Slice {
    private Slice() {}

    /**
     * {@code keep[n]} is true when step {@code n} (numbered from 1) is in the slice of step
     * {@code target}; index 0 is unused.
     */
    public static boolean[] of(Run run, int target) {
        boolean[] keep = new boolean[run.length() + 1];
        if (target < 1 || target > run.length()) {
            return keep;
        }
        List<List<Integer>> causes = causes(run);
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(target);
        while (!todo.isEmpty()) {
            int n = todo.pop();
            if (!keep[n]) {
                keep[n] = true;
                causes.get(n).forEach(todo::push);
            }
        }
        return keep;
    }

    /** {@code causes.get(n)}: the steps step {@code n} depends on directly (index 0 unused). */
    static List<List<Integer>> causes(Run run) {
        boolean facets = run.steps().stream().anyMatch(s -> !s.after().isEmpty());
        List<List<Integer>> out = new ArrayList<>();
        out.add(List.of());
        Map<String, Integer> lastChange = new HashMap<>();
        Map<String, Integer> lastOfActor = new HashMap<>();
        Map<String, String> before = values(run.start());
        for (Step s : run.steps()) {
            List<Integer> c = new ArrayList<>();
            if (s.enabledBy() > 0) {
                c.add(s.enabledBy());
            }
            if (!facets) {
                c.add(lastOfActor.getOrDefault(s.actor(), 0));
            } else {
                Iterable<String> read = s.reads().contains(Facet.EVERY) ? lastChange.keySet() : s.reads();
                for (String name : read) {
                    c.add(lastChange.getOrDefault(name, 0));
                }
            }
            c.removeIf(n -> n == 0);
            out.add(c.stream().distinct().sorted().toList());
            Map<String, String> after = values(s.after());
            for (Map.Entry<String, String> e : after.entrySet()) {
                if (!Objects.equals(before.get(e.getKey()), e.getValue())) {
                    lastChange.put(e.getKey(), s.number());
                }
            }
            for (String gone : before.keySet()) {
                if (!after.containsKey(gone)) {
                    lastChange.put(gone, s.number());
                }
            }
            lastOfActor.put(s.actor(), s.number());
            before = after;
        }
        return out;
    }

    private static Map<String, String> values(List<Facet> facets) {
        Map<String, String> m = new HashMap<>();
        facets.forEach(f -> m.put(f.name(), f.value()));
        return m;
    }

    public static int count(boolean[] keep) {
        int c = 0;
        for (boolean k : keep) {
            c += k ? 1 : 0;
        }
        return c;
    }
}
