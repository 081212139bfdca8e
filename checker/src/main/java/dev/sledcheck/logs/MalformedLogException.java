package dev.sledcheck.logs;

/**
 * The text cannot be read as a log: no entry in any format, or an entry that breaks its own
 * format's rules (a key given twice, a bunyan record without its time). The message says where,
 * in one line.
 */
public final class MalformedLogException extends Exception {

    private static final long serialVersionUID = 1L;

    MalformedLogException(String message) {
        super(message);
    }
}
