package dev.sledcheck.model.omicron;

/** Who wrote a VMM's runtime through Nexus's conditional write: the callers of omicron's {@code process_vmm_update}. */
public enum Writer {
    /** The agent's {@code PUT /vmms/{id}}, handled by Nexus. */
    NEXUS("nexus"),
    /** The instance watcher, from a GET's answer. */
    WATCHER("watcher"),
    /** A user's stop, from the agent's answer. */
    USER_STOP("user stop"),
    /** Reincarnation's instance-start saga, from the agent's answer to a registration or a Run. */
    START_SAGA("start saga");

    private final String text;

    Writer(String text) {
        this.text = text;
    }

    @Override
    public String toString() {
        return text;
    }
}
