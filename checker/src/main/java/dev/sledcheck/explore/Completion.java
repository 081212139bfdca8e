package dev.sledcheck.explore;

import java.util.List;

/** What the word being typed may become, given the words before it on the line. */
@FunctionalInterface
public interface Completion {

    /**
     * The choices for the next word after {@code before} (the complete words typed so far; empty
     * for the first word), in the order to show them. The caller filters them by what is typed.
     */
    List<Choice> choices(List<String> before);
}
