package dev.sledcheck.cli;

/**
 * Every exit code of {@code sledcheck}, in one place, so that no path can end with a code that
 * means something else: CI reads 1 as "a property is broken", so a crash, a cut-short search or an
 * exhausted heap must never end with it (nor with 0).
 */
enum ExitCode {
    /** Every property safe, every prediction found, or the command simply did its job. */
    OK(0),
    /** Something is violated, a prediction missed, a replayed schedule breaks a property, a log is impossible. */
    VIOLATED(1),
    /** Bad input (an option, a file, a schedule) or a model error; one line on stderr says which. */
    BAD_INPUT(2),
    /** A limit (--max-states, --max-seconds) or the memory budget (--max-memory) cut a search short. */
    INCOMPLETE(3),
    /** The heap ran out despite the memory budget: nothing was decided. */
    OUT_OF_MEMORY(4),
    /** SIGINT stopped the run (after printing and writing what it had, marked INCOMPLETE). */
    SIGINT(130),
    /** SIGTERM stopped the run, as SIGINT does. */
    SIGTERM(143);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }
}
