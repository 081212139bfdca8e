package dev.sledcheck.model.omicron;

/**
 * Which Nexus a variant runs: omicron at #7282 (BUG) or at the newest commit read (HEAD). Where
 * HEAD differs on this path it differs here, each difference cited in docs/model.md's fidelity table.
 */
public enum NexusAt {
    /** d337333577c5 (2024-12-19): no intended state; the stop reads once. */
    BUG("d337333577c5"),
    /**
     * b848b6df85: instances remember the user's intended state (#8053, always on), and the stop
     * writes it in a second database step after its read (nexus/src/app/instance.rs
     * {@code instance_stop} L1138-1149 @b848b6df85); Failed carries a reason, so a Failed write
     * over a snapshot already Failed for the same reason keeps its gen and is dropped
     * ({@code mk_failed}, background/tasks/instance_watcher.rs L211-222; {@code mark_vmm_failed},
     * app/instance.rs L1817-1823).
     */
    HEAD("b848b6df85");

    private final String commit;

    NexusAt(String commit) {
        this.commit = commit;
    }

    public String commit() {
        return commit;
    }

    /** Instances remember the intended state whatever {@code --intent} says. */
    public boolean intentAlways() {
        return this == HEAD;
    }

    /** The stop writes the intended state in its own step, after the read. */
    public boolean stopWritesIntentApart() {
        return this == HEAD;
    }

    /** The gen of a Failed write built from a snapshot: {@code plusOne} unless the snapshot is Failed already. */
    public int failedGen(VmmState snapshotState, int snapshotGen, int plusOne) {
        return this == HEAD && snapshotState == VmmState.FAILED ? snapshotGen : plusOne;
    }
}
