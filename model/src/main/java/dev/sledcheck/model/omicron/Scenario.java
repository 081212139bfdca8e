package dev.sledcheck.model.omicron;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A named starting situation; with options and a variant it makes a {@link Configuration}. */
public enum Scenario {
    /**
     * The failing test of the seed: one instance whose VMM is registered Starting gen 2 with
     * Running pending; the test stops it (Stopping 3 stored), then pokes once, draining Running 4,
     * Stopping 5, Stopping 6, Destroyed 7. The watcher may run a pass at any moment.
     */
    SEED_7282("seed-7282", 1, 2, true),
    /**
     * N identical instances, each as seed-7282 leaves it after the first stop (Stopping 3 stored,
     * four states to drain), every drain enabled from the start.
     */
    SCALE("scale", 1, 1, false);

    private final String id;
    private final int defaultInstances;
    private final int defaultPasses;
    private final boolean defaultRestart;

    Scenario(String id, int instances, int passes, boolean restart) {
        this.id = id;
        this.defaultInstances = instances;
        this.defaultPasses = passes;
        this.defaultRestart = restart;
    }

    public String id() {
        return id;
    }

    public int defaultInstances() {
        return defaultInstances;
    }

    public int defaultPasses() {
        return defaultPasses;
    }

    public boolean defaultRestart() {
        return defaultRestart;
    }

    public static Optional<Scenario> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Scenario::id).toList();
    }
}
