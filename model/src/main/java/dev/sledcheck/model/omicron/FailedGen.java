package dev.sledcheck.model.omicron;

/** The gen at which the instance watcher writes Failed after a 404 NO_SUCH_INSTANCE. */
public enum FailedGen {
    /** omicron: the listing's snapshot gen + 1, not read again. */
    SNAPSHOT_PLUS_ONE,
    /** Variant: snapshot gen + 2. */
    SNAPSHOT_PLUS_TWO,
    /** Variant: re-read the stored gen in the write's transaction and write Failed at that + 1. */
    REREAD_PLUS_ONE;

    /** The gen to write, given the snapshot gen and the gen stored now. */
    public int gen(int snapshot, int storedNow) {
        switch (this) {
            case SNAPSHOT_PLUS_ONE:
                return snapshot + 1;
            case SNAPSHOT_PLUS_TWO:
                return snapshot + 2;
            default:
                return storedNow + 1;
        }
    }
}
