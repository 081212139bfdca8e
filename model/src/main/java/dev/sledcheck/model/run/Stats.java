package dev.sledcheck.model.run;

/**
 * What a search did. {@code complete} is true when every reachable state was visited;
 * {@code limit} names the limit that stopped it otherwise ("" when complete, or when the search
 * stopped early because every property was already decided). {@code seconds} is the only field
 * that varies between identical runs.
 */
public record Stats(
        String search,
        String dedup,
        long states,
        long transitions,
        int maxDepth,
        boolean complete,
        String limit,
        double seconds) {
    /** Seconds kept to the millisecond, so every rendering of one result prints the same time. */
    public Stats {
        seconds = Math.round(seconds * 1000) / 1000.0;
    }
}
