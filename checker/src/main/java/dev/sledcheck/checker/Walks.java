package dev.sledcheck.checker;

/**
 * What a {@linkplain Strategy#SWARM swarm} search runs: {@code count} walks, the i-th with a seed
 * drawn i-th from {@code seed}, none longer than {@code depth} steps. The three numbers fix the
 * result, whatever the threads.
 */
public record Walks(long seed, int count, int depth) {

    /** What {@code check --search swarm} runs unless told otherwise. */
    public static final Walks DEFAULT = new Walks(1, 100, 200);

    public Walks {
        if (count < 1) {
            throw new IllegalArgumentException("walks must be >= 1: " + count);
        }
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be >= 1: " + depth);
        }
    }
}
