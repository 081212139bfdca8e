package dev.sledcheck.model.omicron;

/** The state of an actor whose progress lives entirely in its messages and the database. */
public enum Stateless {
    STATELESS
}
