package dev.sledcheck.trace;

import java.util.List;

/** Whether some run shows a log's groups in order: the run, or the first entry that cannot be matched. */
public sealed interface TraceResult<S, A> {

    /** How many (state, next group, bindings) nodes the search visited. */
    long nodes();

    /**
     * One place of a found run: the step taken from {@code before} (with {@code action}), or, when
     * {@code action} is {@code null}, a state observation matched in {@code before}; {@code group}
     * is the index of the group it matches, or -1 for an unlogged step.
     */
    record Mark<S, A>(S before, A action, int group) {
        public boolean isStep() {
            return action != null;
        }
    }

    /** A run showing every group in order, unlogged steps filled in; the shortest one, in places. */
    record Possible<S, A>(List<Mark<S, A>> marks, Bindings bindings, long nodes) implements TraceResult<S, A> {
        public Possible {
            marks = List.copyOf(marks);
        }
    }

    /**
     * No run shows the groups in order: {@code first} is the first entry that no run can show after
     * the ones before it (a member of group {@code group}), and {@code why} says why.
     */
    record Impossible<S, A>(Observation<S, A> first, int group, String why, long nodes)
            implements TraceResult<S, A> {}
}
