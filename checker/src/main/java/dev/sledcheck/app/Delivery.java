package dev.sledcheck.app;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How messages in flight may be delivered: the model's network, or the stress runtime's narrowing. */
public enum Delivery {
    /** The model's network: any message in flight may be delivered next. */
    ANY("any"),
    /**
     * As the threaded runtime of the stress module delivers: each message in flight at the start
     * is the root of one thread, and a thread delivers what its steps send itself, in a fixed
     * order (replies first, spawned sagas last); only the choice of thread is free.
     */
    SAME_THREAD("same-thread");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Delivery> byLabel(String label) {
        return Arrays.stream(values()).filter(d -> d.label.equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Delivery::label).toList();
    }
}
