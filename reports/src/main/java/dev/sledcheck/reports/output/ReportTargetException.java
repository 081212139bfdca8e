package dev.sledcheck.reports.output;

/** A report target that is malformed or cannot be written: a one-line message for the user. */
public final class ReportTargetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReportTargetException(String message) {
        super(message);
    }
}
