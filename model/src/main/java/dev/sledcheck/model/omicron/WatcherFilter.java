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
    /** PR #11100: also leave out every terminal state. */
    SKIP_TERMINAL {
        @Override
        public boolean lists(VmmState s) {
            return NONEXISTENT_STATES.lists(s) && !s.terminal();
        }
    };

    public abstract boolean lists(VmmState s);
}
