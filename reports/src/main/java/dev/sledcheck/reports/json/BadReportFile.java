package dev.sledcheck.reports.json;

/** A file that is not a report we can read: the message is one line naming the file and the place. */
public final class BadReportFile extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BadReportFile(String message) {
        super(message);
    }
}
