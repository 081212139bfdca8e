package dev.sledcheck.reports;

/**
 * A word a report shows that a newcomer needs explained, with the explanation the model gives:
 * {@code sim-bug} means "simulated agent at #7282: removes a destroyed VMM, then publishes
 * Destroyed", following "simulated agent @d337333577c5 ..., Nexus @...". Renderers show it as a
 * tooltip where the word appears and in a legend.
 *
 * @param term    the word as the report prints it
 * @param meaning one line saying what it is
 * @param origin  what it is made from (for a variant: the commits it follows); may be empty
 */
public record Gloss(String term, String meaning, String origin) {

    /** {@code meaning}, then {@code origin} when there is one: one line for a tooltip. */
    public String line() {
        return origin.isEmpty() ? meaning : meaning + " (follows " + origin + ")";
    }
}
