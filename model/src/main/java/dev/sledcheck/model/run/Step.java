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
 * @param sent      the messages it sent (the steps it made possible), in the model's order
 * @param reads     the names of the facets whose values it depended on ({@link Facet#EVERY}: all of
 *                  them, when the model does not say): the other link slices follow
 * @param marks     what the model says this step means for a reader (it opens a race window, it
 *                  takes a snapshot a later step relies on), each a short phrase; usually none
 */
public record Step(int number, String actor, String from, String token, String text, List<String> breaks,
        int enabledBy, List<Facet> after, List<Message> sent, List<String> reads, List<String> marks) {
    public Step {
        breaks = List.copyOf(breaks);
        after = List.copyOf(after);
        sent = List.copyOf(sent);
        reads = List.copyOf(reads);
        marks = List.copyOf(marks);
    }

    /** A step that sent nothing the run knows of, read everything and is marked by nothing. */
    public Step(int number, String actor, String from, String token, String text, List<String> breaks,
            int enabledBy, List<Facet> after) {
        this(number, actor, from, token, text, breaks, enabledBy, after, List.of(), List.of(Facet.EVERY), List.of());
    }
}
