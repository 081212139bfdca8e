package dev.sledcheck.checker;

/**
 * A schedule names a step that is not enabled where it is taken. Unchecked because schedules
 * usually come from the checker itself; a hand-edited one is the caller's input error to report.
 */
public final class ScheduleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int step;

    ScheduleException(int step, String message) {
        super(message);
        this.step = step;
    }

    /** The number (from 1) of the step that could not be taken. */
    public int step() {
        return step;
    }
}
