package dev.sledcheck.checker.store;

/**
 * The set of states a search has seen, each with the <em>claim</em> of its discovery: a number
 * that orders discoveries as a one-thread breadth-first search makes them (smaller is earlier).
 * A state is identified by itself ({@link ExactVisited}) or by its 64-bit fingerprint
 * ({@link FingerprintVisited}); callers pass both and each store uses what it needs.
 *
 * <p>Threads: {@link #claim} may run on many threads at once, and so may {@link #offer}, but never
 * the two kinds together (a breadth-first level reads in one phase and writes in the next); every
 * other method runs on one thread while no other touches the store.
 */
public interface Visited<S> {

    /** What {@link #claim} returns for a state not in the store. */
    long NONE = Long.MAX_VALUE;

    /** Whether {@code fingerprint} arguments are read (when false, callers may pass 0). */
    boolean usesFingerprints();

    /** The claim stored for the state, or {@link #NONE}. */
    long claim(S state, long fingerprint);

    /**
     * Adds the state with {@code claim}, or lowers its claim to {@code claim} if that is smaller;
     * true if the state was new.
     */
    boolean offer(S state, long fingerprint, long claim);

    /** Adds the state (claim 0) if absent; true if it was absent. One thread only. */
    boolean add(S state, long fingerprint);

    /** Makes room for {@code more} states beyond {@link #size()}, so offers never wait for a resize. */
    void reserve(long more);

    /**
     * The bytes {@link #reserve reserve(more)} would allocate at once (0 when it needs nothing new
     * or the store grows piecemeal), so a search can ask its memory budget first.
     */
    default long bytesToReserve(long more) {
        return 0;
    }

    /**
     * A point where no caller holds a state whose fingerprint it skipped: the store may change how
     * it identifies states here ({@link AutoVisited} turns to fingerprints).
     */
    default void checkpoint() {}

    /** The number of distinct states stored. */
    long size();

    /** The bytes the store holds for its states by construction, or -1 when that depends on the states. */
    long bytes();

    /** How states are told apart, for the result: e.g. {@code exact} (whole states). */
    String describe();
}
