package dev.sledcheck.model.run;

import java.util.List;
import java.util.stream.Collectors;

/** A sequence of steps from an initial state. */
public record Run(List<Step> steps) {

    /** The separator between tokens in a schedule string. */
    public static final String SEPARATOR = ";";

    public Run {
        steps = List.copyOf(steps);
    }

    public int length() {
        return steps.size();
    }

    /** The one-line schedule string that {@code replay} accepts. */
    public String schedule() {
        return steps.stream().map(Step::token).collect(Collectors.joining(SEPARATOR));
    }

    /** Splits a schedule string into tokens (blank tokens and surrounding spaces are ignored). */
    public static List<String> tokens(String schedule) {
        return java.util.Arrays.stream(schedule.split(SEPARATOR))
                .map(String::trim)
                .filter(t -> !t.isEmpty())
                .collect(Collectors.toList());
    }
}
