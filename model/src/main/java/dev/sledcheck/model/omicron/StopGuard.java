package dev.sledcheck.model.omicron;

/** What the user's stop does when the instance's active VMM is already terminal. */
public enum StopGuard {
    /** omicron: a linked Destroyed/Failed VMM shows as Stopping, so the stop still calls the agent. */
    CALL_AGENT,
    /** The candidate fix: a terminal active VMM means the stop is already done. */
    TERMINAL_IS_DONE
}
