package dev.sledcheck.model.run;

/**
 * What a search did. {@code complete} is true when every reachable state was visited;
 * {@code limit} names the limit that stopped it otherwise ("" when complete, or when the search
 * stopped early because every property was already decided). {@code seconds} is the only field
 * that varies between identical runs.
 *
 * <p>A {@linkplain #SWARM swarm} search (random walks) is never complete: when its walks all ran
 * and some property is still undecided, its limit is {@link #walks}' phrase, which renderers spell
 * out as "nothing found, and that is not a proof".
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

    /** The {@code search} of a swarm search: many bounded random walks, which prove nothing. */
    public static final String SWARM = "swarm";

    /** How a {@link #walks} limit begins, so that it is told from a limit that was reached. */
    private static final String WALKS = "swarm: ";

    /**
     * The limit of a swarm search that ran every one of its {@code walks} walks of at most
     * {@code depth} steps without deciding every property.
     */
    public static String walks(long walks, int depth) {
        return WALKS + walks + " walks of depth <= " + depth;
    }

    /** Whether this search is a swarm search. */
    public boolean swarm() {
        return search.equals(SWARM);
    }

    /** What a swarm search's walks covered ("40 walks of depth <= 200"), or "" for any other limit. */
    public String walksCovered() {
        return limit.startsWith(WALKS) ? limit.substring(WALKS.length()) : "";
    }
}
