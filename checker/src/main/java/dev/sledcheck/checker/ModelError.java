package dev.sledcheck.checker;

/**
 * The model broke its contract ({@link dev.sledcheck.model.core.Model}) in a way the checker
 * noticed: two enabled actions that print one token, a state type whose {@code equals} and
 * fingerprint disagree, a successor that differs when computed twice, a reduction whose runs do
 * not replay. Not a verdict: whatever the search found so far cannot be trusted, so it stops here
 * with a message naming what is wrong (the command line says it in one line, exit 2).
 */
public final class ModelError extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public ModelError(String message) {
        super(message);
    }
}
