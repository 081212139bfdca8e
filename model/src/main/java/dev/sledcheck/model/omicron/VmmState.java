package dev.sledcheck.model.omicron;

/** A VMM's state as Nexus stores it and the sled agent reports it. */
public enum VmmState {
    CREATING("Creating"),
    STARTING("Starting"),
    RUNNING("Running"),
    STOPPING("Stopping"),
    STOPPED("Stopped"),
    REBOOTING("Rebooting"),
    MIGRATING("Migrating"),
    FAILED("Failed"),
    DESTROYED("Destroyed"),
    SAGA_UNWOUND("SagaUnwound");

    private final String display;

    VmmState(String display) {
        this.display = display;
    }

    /** Destroyed and Failed: the VMM is gone for good and the update saga should unlink it. */
    public boolean terminal() {
        return this == FAILED || this == DESTROYED;
    }

    /** The name omicron's logs print. */
    @Override
    public String toString() {
        return display;
    }
}
