package dev.sledcheck.model.omicron;

/** Which VMM states the watcher's listing leaves out (besides soft-deleted rows). */
public enum WatcherFilter {
    /** omicron at #7282: leave out Creating, SagaUnwound and Destroyed; Failed is still listed. */
    NONEXISTENT_STATES {
        @Override
        public boolean lists(VmmState s) {
            return s != VmmState.CREATING && s != VmmState.SAGA_UNWOUND && s != VmmState.DESTROYED;
        }
    },
    /**
     * Also leave out every terminal state: omicron commit 3ef5ee2b1a ("don't health check VMMs in
     * terminal states", part of the fix for #8755), on a branch not merged at b848b6df85, whose
     * listing still skips only Creating, SagaUnwound and Destroyed.
     */
    SKIP_TERMINAL {
        @Override
        public boolean lists(VmmState s) {
            return NONEXISTENT_STATES.lists(s) && !s.terminal();
        }
    };

    public abstract boolean lists(VmmState s);
}
