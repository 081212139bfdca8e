package dev.sledcheck.model.actor;

/** An actor's identity: its index in the {@link ActorSystem}, which fixes iteration order. */
public record Id(int index) implements Comparable<Id> {
    @Override
    public int compareTo(Id o) {
        return Integer.compare(index, o.index);
    }
}
