package dev.sledcheck.model.omicron;

/**
 * A state propolis reports (queued in the simulated VMM, observed by the real runner). A propolis
 * "Stopped" shows as VMM Stopping: the VMM is not gone until propolis is Destroyed.
 */
public enum Propolis {
    RUNNING(VmmState.RUNNING),
    STOPPING(VmmState.STOPPING),
    STOPPED(VmmState.STOPPING),
    DESTROYED(VmmState.DESTROYED);

    private final VmmState shownAs;

    Propolis(VmmState shownAs) {
        this.shownAs = shownAs;
    }

    public VmmState vmmState() {
        return shownAs;
    }
}
