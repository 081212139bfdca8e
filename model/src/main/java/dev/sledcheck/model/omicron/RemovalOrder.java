package dev.sledcheck.model.omicron;

/** When the sled agent forgets a destroyed VMM, relative to telling Nexus (RFD 486 section 6.1). */
public enum RemovalOrder {
    /**
     * The bug: forget first (sim: in the critical section that applies Destroyed; real, RA-PRE:
     * deregister, bump the gen once more, then publish), so a GET can get 404 before Nexus knows.
     */
    REMOVE_THEN_PUBLISH,
    /** The fix: publish the final state, await the 204, then forget. */
    PUBLISH_THEN_REMOVE
}
