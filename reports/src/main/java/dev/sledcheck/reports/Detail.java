package dev.sledcheck.reports;

/**
 * How much the text report says beyond the verdicts and runs.
 *
 * @param verbose what the words of the search's method line mean
 * @param states  the state after each step of a run (the facets that changed; all of them at the
 *                start), as TLC prints its states
 */
public record Detail(boolean verbose, boolean states) {
    /** The default: verdicts, runs, and no more. */
    public static final Detail SHORT = new Detail(false, false);
}
