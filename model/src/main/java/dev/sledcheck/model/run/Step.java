package dev.sledcheck.model.run;

import java.util.List;

/**
 * One step of a run: its number (from 1), the actor that takes it, the schedule token that
 * names it, what it did in the system's own vocabulary, and the properties it breaks.
 */
public record Step(int number, String actor, String token, String text, List<String> breaks) {
    public Step {
        breaks = List.copyOf(breaks);
    }
}
