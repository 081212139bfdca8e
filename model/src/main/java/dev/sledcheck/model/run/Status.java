package dev.sledcheck.model.run;

/** The answer for one property. */
public enum Status {
    /** Every reachable state (within the stated bounds) was visited and none breaks the property. */
    SAFE,
    /** A run breaks the property; it comes with the run. */
    VIOLATED,
    /** An existential property: a run reaches a state that has it. */
    REACHED,
    /** An existential property: every reachable state was visited and none has it. */
    UNREACHED,
    /** A limit (states, seconds) cut the search short before the property was decided. */
    INCOMPLETE
}
