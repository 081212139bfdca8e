package dev.sledcheck.model.actor;

/** Whether an actor's steps may read and write the system's shared store. */
public enum Access {
    /** The actor's steps see only its own state and the message (e.g. a sled agent). */
    LOCAL,
    /** The actor's steps also read and write the store, atomically with the step (e.g. a Nexus task). */
    STORE
}
