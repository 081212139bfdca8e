package dev.sledcheck.model.run;

/**
 * The answer for one property. {@link #meaning()} is the one sentence every legend (help, text,
 * HTML, Markdown) shows beside the word.
 */
public enum Status {
    SAFE("every reachable state within the stated bounds was visited, and none breaks the property"),
    VIOLATED("a run breaks the property; the shortest one is shown, and replays step by step"),
    REACHED("a reachability check: a run reaches a state that has it (such checks keep SAFE honest: a model"
            + " that does nothing would be SAFE, but would reach nothing)"),
    UNREACHED("a reachability check: every reachable state was visited and none has it"),
    INCOMPLETE("a limit (states, seconds, memory) or a signal cut the search short before the property was"
            + " decided, or a swarm search's walks found nothing (which proves nothing); never read as SAFE");

    private final String meaning;

    Status(String meaning) {
        this.meaning = meaning;
    }

    /** What the word means, in one sentence without its final period. */
    public String meaning() {
        return meaning;
    }
}
