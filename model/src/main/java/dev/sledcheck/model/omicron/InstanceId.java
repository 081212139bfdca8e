package dev.sledcheck.model.omicron;

/** An instance id; prints as {@code i0}. */
public record InstanceId(int n) implements Comparable<InstanceId> {
    @Override
    public int compareTo(InstanceId o) {
        return Integer.compare(n, o.n);
    }

    @Override
    public String toString() {
        return "i" + n;
    }
}
