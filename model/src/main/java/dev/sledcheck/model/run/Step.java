package dev.sledcheck.model.run;

import dev.sledcheck.model.core.Facet;
import java.util.List;

/**
 * One step of a run.
 *
 * @param number    from 1
 * @param actor     who takes the step
 * @param from      who caused it (the sender of the delivered message; may equal {@code actor})
 * @param token     the schedule token that names it
 * @param text      what it did, in the system's own vocabulary
 * @param breaks    the properties it breaks
 * @param enabledBy the number of the step that made this one possible (sent its message), 0 if
 *                  it was possible from the start: the causal link that diagrams and slices follow
 * @param after     the state's facets after the step
 */
public record Step(int number, String actor, String from, String token, String text, List<String> breaks,
        int enabledBy, List<Facet> after) {
    public Step {
        breaks = List.copyOf(breaks);
        after = List.copyOf(after);
    }
}
