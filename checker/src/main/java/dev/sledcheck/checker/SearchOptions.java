package dev.sledcheck.checker;

import java.util.Objects;
import java.util.Set;

/**
 * How to search: the strategy, the limits (0 = unlimited) and the names of the properties to
 * decide (empty = all of them).
 */
public record SearchOptions(Strategy strategy, long maxStates, double maxSeconds, Set<String> only) {

    public SearchOptions {
        Objects.requireNonNull(strategy, "strategy");
        if (maxStates < 0) {
            throw new IllegalArgumentException("maxStates must be >= 0 (0 = unlimited): " + maxStates);
        }
        if (!(maxSeconds >= 0)) {
            throw new IllegalArgumentException("maxSeconds must be >= 0 (0 = unlimited): " + maxSeconds);
        }
        only = Set.copyOf(only);
    }

    /** Breadth-first, no limits, every property. */
    public static SearchOptions defaults() {
        return new SearchOptions(Strategy.BFS, 0, 0, Set.of());
    }

    public SearchOptions withStrategy(Strategy strategy) {
        return new SearchOptions(strategy, maxStates, maxSeconds, only);
    }

    public SearchOptions withMaxStates(long maxStates) {
        return new SearchOptions(strategy, maxStates, maxSeconds, only);
    }

    public SearchOptions withMaxSeconds(double maxSeconds) {
        return new SearchOptions(strategy, maxStates, maxSeconds, only);
    }

    public SearchOptions withOnly(Set<String> only) {
        return new SearchOptions(strategy, maxStates, maxSeconds, only);
    }
}
