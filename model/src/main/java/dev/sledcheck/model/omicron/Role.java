package dev.sledcheck.model.omicron;

/** Who waits for a saga (or a reply): the watcher, the user's stop, or nobody (fire and forget). */
public enum Role {
    WATCHER,
    USER,
    NONE
}
