package dev.sledcheck.validate;

/**
 * The log reads, but cannot be checked: an entry sledcheck recognises lacks a field its event
 * needs or has one it cannot read, or no entry is recognised at all. Skipping such an entry would
 * change the verdict without saying so, so it stops the check; the message says where, in one
 * line.
 */
public final class UnusableLogException extends Exception {

    private static final long serialVersionUID = 1L;

    UnusableLogException(String message) {
        super(message);
    }
}
