package dev.sledcheck.model.omicron;

/**
 * A state propolis reports (queued in the simulated VMM, observed by the real runner). Applied, a
 * propolis "Stopped" shows as VMM Stopping: the VMM is not gone until propolis is Destroyed
 * (omicron's {@code PublishedVmmState::from}); as the simulated agent's <em>resting</em> state
 * (sled-agent/src/sim/instance.rs {@code next_resting_state}, L350-375 @d337333577c5) it is
 * Stopped.
 */
public enum Propolis {
    RUNNING(VmmState.RUNNING, VmmState.RUNNING),
    STOPPING(VmmState.STOPPING, VmmState.STOPPING),
    STOPPED(VmmState.STOPPING, VmmState.STOPPED),
    DESTROYED(VmmState.DESTROYED, VmmState.DESTROYED);

    private final VmmState shownAs;
    private final VmmState resting;

    Propolis(VmmState shownAs, VmmState resting) {
        this.shownAs = shownAs;
        this.resting = resting;
    }

    /** The VMM state an agent publishes once it has applied this propolis state. */
    public VmmState vmmState() {
        return shownAs;
    }

    /** The VMM state the simulated agent expects to rest in when this is the last state queued. */
    public VmmState resting() {
        return resting;
    }
}
