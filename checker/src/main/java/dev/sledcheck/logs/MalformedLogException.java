package dev.sledcheck.logs;

/** The text does not follow the log format; the message says where, in one line. */
public final class MalformedLogException extends Exception {

    private static final long serialVersionUID = 1L;

    MalformedLogException(String message) {
        super(message);
    }
}
