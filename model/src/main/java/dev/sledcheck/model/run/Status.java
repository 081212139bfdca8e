package dev.sledcheck.model.run;

/** The answer for one property, each with the sentence reports print beside it for a newcomer. */
public enum Status {
    /** Every reachable state (within the stated bounds) was visited and none breaks the property. */
    SAFE("every state reachable within the bounds was visited, and none breaks the property"),
    /** A run breaks the property; it comes with the run. */
    VIOLATED("a run breaks the property: the shortest one is shown, and it replays"),
    /** An existential property: a run reaches a state that has it. */
    REACHED("a run gets there (a check that the model can still do what it should, so SAFE is not vacuous)"),
    /** An existential property: every reachable state was visited and none has it. */
    UNREACHED("every state reachable within the bounds was visited, and none gets there"),
    /** A limit (states, seconds) cut the search short before the property was decided. */
    INCOMPLETE("a limit (states, time, memory) or a signal stopped the search before it decided");

    private final String meaning;

    Status(String meaning) {
        this.meaning = meaning;
    }

    /** What this answer means, in one sentence without jargon. */
    public String meaning() {
        return meaning;
    }
}
