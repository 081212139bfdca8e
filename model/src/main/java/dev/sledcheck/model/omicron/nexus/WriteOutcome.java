package dev.sledcheck.model.omicron.nexus;

/** What became of a conditional VMM write. */
public enum WriteOutcome {
    /** The row took the new runtime. */
    LANDED,
    /** The generation check refused it: a silent no-op (the writer is not told). */
    DROPPED_STALE,
    /** The row is soft-deleted: never written again. */
    DROPPED_DELETED
}
