package dev.sledcheck.model.omicron;

/** A VMM (propolis) id; prints as {@code v1}. Ordered by number, which fixes iteration order. */
public record VmmId(int n) implements Comparable<VmmId> {
    @Override
    public int compareTo(VmmId o) {
        return Integer.compare(n, o.n);
    }

    @Override
    public String toString() {
        return "v" + n;
    }
}
