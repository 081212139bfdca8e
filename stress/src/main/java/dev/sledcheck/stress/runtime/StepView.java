package dev.sledcheck.stress.runtime;

import dev.sledcheck.model.actor.Access;
import dev.sledcheck.model.actor.Envelope;
import dev.sledcheck.model.actor.Note;
import java.util.List;

/**
 * One step as an observer sees it, while the step is still atomic (its locks held): the message
 * delivered, the notes the handler left, and the store around it. A step of a
 * {@link Access#LOCAL} actor does not touch the store; its {@link #storeBefore()} is the store at
 * some moment within the step, which is as good as any other (the step changes nothing the store's
 * writers read), read under the store lock only when asked.
 */
public interface StepView<M, G> {

    Envelope<M> delivered();

    Access access();

    List<Note> notes();

    /** The store as the step found it. */
    G storeBefore();

    /** The store as the step left it (the same as {@link #storeBefore()} for a LOCAL actor). */
    G storeAfter();
}
