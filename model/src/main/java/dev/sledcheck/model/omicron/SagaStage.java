package dev.sledcheck.model.omicron;

/** The instance-update saga's steps after taking the lock (each one database transaction). */
public enum SagaStage {
    /** Read the current instance and its active VMM (after locking, not at spawn time). */
    READ("read"),
    /** The active VMM is terminal: unlink it and release the lock, in one transaction. */
    COMMIT("commit"),
    /** Soft-delete the unlinked VMM row. */
    SOFT_DELETE("soft-delete"),
    /** Nothing to commit: release the lock and end (no successor, no reincarnation). */
    UNLOCK("unlock"),
    /** After a commit and the soft-delete: re-read the instance and chain a successor if work remains. */
    FINISH("finish");

    private final String label;

    SagaStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
