package dev.sledcheck.cli;

import dev.sledcheck.checker.Monitor;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A line on stderr about once a second while a check runs: distinct states so far, the rate over
 * the last second, the states waiting to be expanded and the time taken. For people at a
 * terminal; stdout (the report) is untouched.
 */
final class ProgressLine implements Monitor {

    private final PrintWriter err;
    private long lastStates;
    private double lastSeconds;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    /** Progress for people at a terminal, or when asked for; nothing otherwise. */
    static Monitor choose(boolean asked, boolean terminal, PrintWriter err) {
        return asked || terminal ? new ProgressLine(err) : Monitor.NONE;
    }

    @Override
    public boolean wantsProgress() {
        return true;
    }

    @Override
    public synchronized void progress(Snapshot now) {
        err.println(line(now, lastStates, lastSeconds));
        err.flush();
        lastStates = now.states();
        lastSeconds = now.seconds();
    }

    static String line(Snapshot now, long statesBefore, double secondsBefore) {
        double dt = now.seconds() - secondsBefore;
        long rate = dt <= 0 ? 0 : Math.round((now.states() - statesBefore) / dt);
        return String.format(Locale.ROOT, "sledcheck: %d states, %d states/s, queue %d, %.0f s",
                now.states(), rate, now.queue(), now.seconds());
    }
}
