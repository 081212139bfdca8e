package dev.sledcheck.checker;

import java.util.Objects;
import java.util.Set;

/**
 * How to search: the strategy, the limits (0 = unlimited), the names of the properties to decide
 * (empty = all of them), the threads a breadth-first search may use, and how visited states are
 * stored. Threads never change a result: only how fast it comes.
 *
 * @param exactLimit under {@link StoreMode#AUTO}, the number of states kept whole before the
 *                   search turns to fingerprints
 * @param maxMemory  the memory budget: bytes of heap the search may fill before it stops,
 *                   INCOMPLETE (0 = none: only the heap's own limit, where the JVM throws)
 * @param walks      what a {@link Strategy#SWARM swarm} search runs (other searches ignore it)
 * @param frontier   how a breadth-first search queues the states it has yet to expand
 */
public record SearchOptions(Strategy strategy, long maxStates, double maxSeconds, Set<String> only,
        int threads, StoreMode store, long exactLimit, long maxMemory, Walks walks, FrontierOptions frontier) {

    /**
     * Exact storage up to 200,000 states, which covers every seed-7282 configuration (the largest,
     * sim-fix with a racing user stop, has 117,046). Beyond that
     * fingerprints win twice: a duplicate successor costs one table probe instead of a deep
     * comparison (about a third faster on scale), and a state costs 30-75 bytes instead of 300-450;
     * the chance of a collision stays below 3e-8 up to a million states.
     */
    public static final long DEFAULT_EXACT_LIMIT = 200_000;

    public SearchOptions {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(walks, "walks");
        Objects.requireNonNull(frontier, "frontier");
        if (maxStates < 0) {
            throw new IllegalArgumentException("maxStates must be >= 0 (0 = unlimited): " + maxStates);
        }
        if (maxStates != 0 && strategy == Strategy.SWARM) {
            // The walks' states are each walk's own: no count of them cuts where a search would.
            throw new IllegalArgumentException("a swarm search takes no state limit; its walks and depth bound it");
        }
        if (!(maxSeconds >= 0)) {
            throw new IllegalArgumentException("maxSeconds must be >= 0 (0 = unlimited): " + maxSeconds);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
        if (exactLimit < 0) {
            throw new IllegalArgumentException("exactLimit must be >= 0: " + exactLimit);
        }
        if (maxMemory < 0) {
            throw new IllegalArgumentException("maxMemory must be >= 0 (0 = no budget): " + maxMemory);
        }
        only = Set.copyOf(only);
    }

    /** Every core, automatic storage, the default memory budget. */
    public SearchOptions(Strategy strategy, long maxStates, double maxSeconds, Set<String> only) {
        this(strategy, maxStates, maxSeconds, only, allCores(), StoreMode.AUTO, DEFAULT_EXACT_LIMIT,
                defaultMaxMemory(), Walks.DEFAULT, FrontierOptions.DEFAULT);
    }

    /**
     * 85% of the heap's maximum (-Xmx): close enough to the top that a search uses nearly all it
     * was given, far enough that, once it stops, there is room to build and print its report and
     * write the report files (a few MiB even for matrix). 0 (no budget) when the heap is unbounded.
     */
    public static long defaultMaxMemory() {
        long max = Runtime.getRuntime().maxMemory();
        return max == Long.MAX_VALUE ? 0 : (long) (max * 0.85);
    }

    /** Breadth-first, no limits, every property, every core, automatic storage. */
    public static SearchOptions defaults() {
        return new SearchOptions(Strategy.BFS, 0, 0, Set.of());
    }

    /** The processors this JVM may use. */
    public static int allCores() {
        return Runtime.getRuntime().availableProcessors();
    }

    public SearchOptions withStrategy(Strategy strategy) {
        return new SearchOptions(strategy, maxStates, maxSeconds, only, threads, store, exactLimit, maxMemory, walks, frontier);
    }

    public SearchOptions withMaxStates(long maxStates) {
        return new SearchOptions(strategy, maxStates, maxSeconds, only, threads, store, exactLimit, maxMemory, walks, frontier);
    }

    public SearchOptions withMaxSeconds(double maxSeconds) {
        return new SearchOptions(strategy, maxStates, maxSeconds, only, threads, store, exactLimit, maxMemory, walks, frontier);
    }

    public SearchOptions withOnly(Set<String> only) {
        return new SearchOptions(strategy, maxStates, maxSeconds, only, threads, store, exactLimit, maxMemory, walks, frontier);
    }

    public SearchOptions withThreads(int threads) {
        return new SearchOptions(strategy, maxStates, maxSeconds, only, threads, store, exactLimit, maxMemory, walks, frontier);
    }

    public SearchOptions withStore(StoreMode store) {
        return new SearchOptions(strategy, maxStates, maxSeconds, only, threads, store, exactLimit, maxMemory, walks, frontier);
    }

    public SearchOptions withMaxMemory(long maxMemory) {
        return new SearchOptions(strategy, maxStates, maxSeconds, only, threads, store, exactLimit, maxMemory, walks, frontier);
    }

    public SearchOptions withExactLimit(long exactLimit) {
        return new SearchOptions(strategy, maxStates, maxSeconds, only, threads, store, exactLimit, maxMemory, walks, frontier);
    }

    public SearchOptions withWalks(Walks walks) {
        return new SearchOptions(strategy, maxStates, maxSeconds, only, threads, store, exactLimit, maxMemory, walks, frontier);
    }

    public SearchOptions withFrontier(FrontierOptions frontier) {
        return new SearchOptions(strategy, maxStates, maxSeconds, only, threads, store, exactLimit, maxMemory, walks, frontier);
    }
}
