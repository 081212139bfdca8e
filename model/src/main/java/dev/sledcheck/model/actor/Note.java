package dev.sledcheck.model.actor;

/**
 * Something a step did that is worth telling (a write that landed or was dropped, an answer
 * given). Notes are not part of the state: they explain a step to people and to step properties.
 */
public interface Note {
    /** One phrase in the vocabulary of the system's own logs. */
    String describe();
}
