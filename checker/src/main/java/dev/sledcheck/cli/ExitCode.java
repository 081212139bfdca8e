package dev.sledcheck.cli;

/**
 * Every exit code of {@code sledcheck}, in one place, so that no path can end with a code that
 * means something else: CI reads 1 as "a property is broken", so a crash, a cut-short search or an
 * exhausted heap must never end with it (nor with 0).
 */
enum ExitCode {
    OK(0, "every property safe, every prediction found, or the command simply did its job"),
    VIOLATED(1, "a property broken, a prediction missed, a replayed schedule breaking a property, or a log"
            + " no run can show"),
    BAD_INPUT(2, "bad input (an option, a file, a schedule), no command at all, or a model error; one line on"
            + " stderr says which"),
    INCOMPLETE(3, "a limit (--max-states, --max-seconds) or the memory budget (--max-memory) cut a search"
            + " short, or a swarm search left a property undecided (it proves nothing), and nothing was found"
            + " broken"),
    OUT_OF_MEMORY(4, "the heap ran out despite the memory budget: nothing was decided (raise -Xmx)"),
    SIGINT(130, "SIGINT stopped the search; what it found is printed and written, marked INCOMPLETE"),
    SIGTERM(143, "SIGTERM stopped the search, as SIGINT does");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** What the code means, for the help's list (one sentence, no final period). */
    String meaning() {
        return meaning;
    }

    int code() {
        return code;
    }
}
