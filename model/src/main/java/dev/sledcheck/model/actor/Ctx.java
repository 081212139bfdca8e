package dev.sledcheck.model.actor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a handler may do besides returning its next state: send messages, set and cancel timers,
 * leave notes, and (if its actor has {@link Access#STORE}) read and replace the shared store. One
 * context serves one step.
 */
public final class Ctx<M, G> {
    private final Id self;
    private final Access access;
    private final boolean keepNotes;
    private G store;
    private final List<Envelope<M>> sent = new ArrayList<>(4);
    private List<Note> notes;
    private List<M> timersSet;
    private List<M> timersCancelled;

    public Ctx(Id self, Access access, G store, boolean keepNotes) {
        this.self = self;
        this.access = access;
        this.store = store;
        this.keepNotes = keepNotes;
    }

    /** Sends {@code msg} to {@code to}; it is in flight once the step ends. */
    public void send(Id to, M msg) {
        sent.add(new Envelope<>(self, to, msg));
    }

    /**
     * Sets the timer {@code timer} once the step ends: it fires, as a step of this actor ({@link
     * Actor#timeout}), at any moment until it is cancelled or fires; setting one that is set
     * already leaves one. A model checker has no clock, so "any moment" is every moment: the
     * system must be built with {@link SystemBuilder#timers()}, which states that bound.
     */
    public void setTimer(M timer) {
        if (timersSet == null) {
            timersSet = new ArrayList<>(2);
        }
        timersSet.add(timer);
    }

    /** Cancels the timer {@code timer} if it is set (before any this step sets). */
    public void cancelTimer(M timer) {
        if (timersCancelled == null) {
            timersCancelled = new ArrayList<>(2);
        }
        timersCancelled.add(timer);
    }

    /** The timers this step set, in order. */
    public List<M> timersSet() {
        return timersSet == null ? List.of() : Collections.unmodifiableList(timersSet);
    }

    /** The timers this step cancelled, in order. */
    public List<M> timersCancelled() {
        return timersCancelled == null ? List.of() : Collections.unmodifiableList(timersCancelled);
    }

    /** The shared store as of this step. Only for {@link Access#STORE} actors. */
    public G store() {
        requireStore();
        return store;
    }

    /** Replaces the shared store; the step commits it atomically with the actor's new state. */
    public void store(G updated) {
        requireStore();
        this.store = updated;
    }

    /** Records a note explaining the step (kept only when someone asked for an explanation). */
    public void note(Note note) {
        if (keepNotes) {
            if (notes == null) {
                notes = new ArrayList<>(4);
            }
            notes.add(note);
        }
    }

    /** True when notes are kept: a handler may skip building costly notes otherwise. */
    public boolean keepsNotes() {
        return keepNotes;
    }

    public G currentStore() {
        return store;
    }

    public List<Envelope<M>> sent() {
        return sent;
    }

    public List<Note> notes() {
        return notes == null ? List.of() : List.copyOf(notes);
    }

    /** The notes without a copy, for a caller that drops this context right after. */
    List<Note> notesView() {
        return notes == null ? List.of() : Collections.unmodifiableList(notes);
    }

    private void requireStore() {
        if (access != Access.STORE) {
            throw new IllegalStateException("actor " + self + " has no access to the shared store");
        }
    }
}
