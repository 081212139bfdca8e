package dev.sledcheck.checker;

/**
 * A request, for the whole process, that running searches stop at their next reading of the
 * budget (within milliseconds) and report what they found, INCOMPLETE, with the reason given
 * here: how the command line turns SIGINT and SIGTERM into a result instead of a silent death.
 * Process-wide because signals are; a search started after the request stops at once.
 */
public final class Stop {

    private static volatile String reason = "";

    private Stop() {}

    /** Asks every running and later search to stop, saying {@code why} (the first reason stays). */
    public static synchronized void request(String why) {
        if (reason.isEmpty()) {
            reason = why;
        }
    }

    /** The reason searches were asked to stop, or "" if they were not. */
    public static String reason() {
        return reason;
    }

    /** Withdraws the request (for tests that ask for one in a shared JVM). */
    public static synchronized void clear() {
        reason = "";
    }
}
