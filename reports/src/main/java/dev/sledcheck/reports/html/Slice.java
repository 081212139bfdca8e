package dev.sledcheck.reports.html;

import dev.sledcheck.model.run.Run;
import dev.sledcheck.model.run.Step;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The steps a chosen step depends on: its backward slice along two kinds of link, the message
 * (a step depends on the step that sent what it delivers, {@code enabledBy}) and the actor's state
 * (a step depends on the same actor's previous step, which left the state it starts from). What is
 * left out could be removed from the schedule without changing what the chosen step sees.
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
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(target);
        while (!todo.isEmpty()) {
            int n = todo.pop();
            if (keep[n]) {
                continue;
            }
            keep[n] = true;
            Step s = run.steps().get(n - 1);
            if (s.enabledBy() > 0) {
                todo.push(s.enabledBy());
            }
            for (int j = n - 1; j >= 1; j--) {
                if (run.steps().get(j - 1).actor().equals(s.actor())) {
                    todo.push(j);
                    break;
                }
            }
        }
        return keep;
    }

    public static int count(boolean[] keep) {
        int c = 0;
        for (boolean k : keep) {
            c += k ? 1 : 0;
        }
        return c;
    }
}
