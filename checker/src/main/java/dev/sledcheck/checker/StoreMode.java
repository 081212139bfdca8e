package dev.sledcheck.checker;

import dev.sledcheck.checker.store.AutoVisited;
import dev.sledcheck.checker.store.ExactVisited;
import dev.sledcheck.checker.store.FingerprintVisited;
import dev.sledcheck.checker.store.Visited;
import dev.sledcheck.model.core.Model;
import java.util.Locale;

/** How a search remembers the states it has seen (see {@link dev.sledcheck.checker.store}). */
public enum StoreMode {
    /** Whole states, compared by {@code equals}: certain, and as big as the states. */
    EXACT,
    /** 64-bit fingerprints only: 30-75 bytes a state, with a stated collision bound. */
    FINGERPRINT,
    /** Exact up to {@link SearchOptions#exactLimit()} states, then fingerprints (the default). */
    AUTO;

    /** The name the command line uses: exact, fingerprint, auto. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    <S> Visited<S> create(Model<S, ?> model, long exactLimit) {
        switch (this) {
            case EXACT:
                return new ExactVisited<>();
            case FINGERPRINT:
                return new FingerprintVisited<>();
            default:
                return new AutoVisited<>(exactLimit, model::fingerprint);
        }
    }
}
